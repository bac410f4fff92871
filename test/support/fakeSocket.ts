import type { RealtimeSocket, RealtimeSocketOptions } from '../../src/core/index.js';

/** A Socket.IO socket driven by the test: `serve(event, ...args)` plays the server. */
export class FakeSocket implements RealtimeSocket {
  listeners = new Map<string, ((...args: any[]) => void)[]>();
  closed = false;
  constructor(
    readonly url = '',
    readonly options: RealtimeSocketOptions = { transports: ['websocket'], query: { token: '' }, reconnection: false, forceNew: true, timeout: 0 },
  ) {}
  on(event: string, listener: (...args: any[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  disconnect() {
    this.closed = true;
    return this;
  }
  serve(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}
