import { setupServer } from 'msw/node';

/** The MSW server every unit test runs against; tests add the handlers they need. */
export const server = setupServer();
