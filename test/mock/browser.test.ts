import { describe, expect, it, vi } from 'vitest';

const start = vi.fn(async () => undefined);
const setupWorker = vi.fn((..._handlers: unknown[]) => ({ start }));
vi.mock('msw/browser', () => ({ setupWorker: (...handlers: unknown[]) => setupWorker(...handlers) }));

describe('startMockWorker', () => {
  it('does not load msw/browser on import, starts once, and passes the options', async () => {
    const { createMockAssetPay, startMockWorker } = await import('../../src/mock/index.js');
    expect(setupWorker).not.toHaveBeenCalled();
    const mock = createMockAssetPay();
    const first = startMockWorker(mock, { serviceWorkerUrl: '/assets/mockServiceWorker.js', quiet: true });
    const second = startMockWorker(mock);
    expect(second).toBe(first);
    await first;
    expect(setupWorker).toHaveBeenCalledTimes(1);
    // The REST handlers, then the realtime channel's WebSocket handler.
    expect(setupWorker.mock.calls[0]).toEqual([...mock.handlers, ...mock.socketHandlers]);
    expect(mock.socketHandlers).toHaveLength(1);
    expect(mock.socketHandlers[0]!.kind).toBe('websocket');
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith({
      serviceWorker: { url: '/assets/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  });

  it("defaults to MSW's own /mockServiceWorker.js, so a nested route such as /shop/deposit finds it", async () => {
    vi.resetModules();
    start.mockClear();
    const { createMockAssetPay, startMockWorker } = await import('../../src/mock/index.js');
    await startMockWorker(createMockAssetPay());
    expect(start).toHaveBeenCalledWith(expect.objectContaining({ serviceWorker: { url: '/mockServiceWorker.js' } }));
  });
});
