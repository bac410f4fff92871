import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/**
 * The MSW server every unit test runs against; tests add the handlers they need. Realtime is on by
 * default in the provider: a test that starts no Socket.IO server (test/support/socketServer.ts)
 * gets its handshake refused here, and `useTrade` polls as it does without a socket.
 */
export const server = setupServer(http.get('*/socket.io/*', () => new HttpResponse(null, { status: 404 })));
