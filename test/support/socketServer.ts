// A real Socket.IO server on 127.0.0.1 serving a fake API's realtime channel, for Node tests with the
// real socket.io-client (whose Node build talks through the `ws` package, which MSW's WebSocket
// interception does not see). The channel's rules (auth after connect, scenarios, merchant room,
// timed progression) are the mock's own, through `mock.attachSocketClient`.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import { http, passthrough, type HttpHandler } from 'msw';
import { Server } from 'socket.io';
import type { MockAssetPay } from '../../src/mock/index.js';
import { server as mswServer } from '../server.js';

/** A running {@link startMockSocketServer}. */
export interface MockSocketServer {
  /** `http://127.0.0.1:<port>`: give it to socket.io-client (`io(url, …)`), it adds `/socket.io/`. */
  url: string;
  /**
   * MSW handlers letting the handshake through MSW's request interception (the shared test server
   * answers unhandled requests with an error). Installed on the shared test server at start; as
   * `server.resetHandlers()` drops them after each test, a server started in `beforeAll` must
   * `server.use(...handlers)` again in `beforeEach`.
   */
  handlers: HttpHandler[];
  /** Ends every socket, the ping timers and the HTTP server. Safe to call more than once, and unbound. */
  close(): Promise<void>;
}

function listen(httpServer: HttpServer): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve(httpServer.address() as AddressInfo);
    });
  });
}

/**
 * Starts a Socket.IO v4 server (websocket transport only) on a random port of 127.0.0.1 that serves
 * `mock`'s realtime channel: every connection goes to `mock.attachSocketClient` once its CONNECT is
 * answered, gets `trade` events with payload `{ trade }`, and is disconnected by the server when the
 * mock says so (refused token, `'drop-mid-trade'`).
 */
export async function startMockSocketServer(mock: MockAssetPay): Promise<MockSocketServer> {
  const httpServer = createServer();
  const sockets = new Set<NetSocket>();
  httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const io = new Server(httpServer, { transports: ['websocket'], serveClient: false });
  const { port } = await listen(httpServer);
  const origin = `http://127.0.0.1:${port}`;

  io.on('connection', (socket) => {
    const query = socket.handshake.query.token;
    const session = mock.attachSocketClient({
      token: typeof query === 'string' ? query : null,
      url: `ws://127.0.0.1:${port}${socket.request.url ?? '/socket.io/'}`,
      send: (trade) => {
        socket.emit('trade', { trade });
      },
      disconnect: () => {
        socket.disconnect(true);
      },
    });
    // Registered after attaching: a refusal has disconnected the socket and closed the session already.
    socket.on('disconnect', () => session.close());
  });

  const handlers = [http.all(`${origin}/*`, () => passthrough())];
  mswServer.use(...handlers);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      io.disconnectSockets(true);
      // Connections whose close handshake has not finished by then (a client that went away) are cut.
      const cut = setTimeout(() => {
        for (const socket of sockets) socket.destroy();
      }, 250);
      // Closes every socket, the Engine.IO server with its ping timers, and the HTTP server.
      void io.close(() => {
        clearTimeout(cut);
        resolve();
      });
    });
    return closing;
  };
  return { url: origin, handlers, close };
}
