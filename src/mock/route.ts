import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { STEAM_IMAGE_HOSTS } from '../core/inventory/icons.js';
import { authFailure } from './auth.js';
import { takeDrop, takeFailure } from './failures.js';
import { mockIconSvg } from './icons.js';
import { maintenancePage } from './respond.js';
import { latencyOf, type MockEndpoint, type MockRequest, type MockState } from './state.js';

/** What an endpoint does once the shared steps let a request through. */
export type Endpoint = (state: MockState, url: URL, body: unknown) => Response;

async function readBody(request: Request): Promise<{ present: boolean; value: unknown }> {
  if (request.method === 'GET' || request.method === 'HEAD') return { present: false, value: undefined };
  const text = await request.text();
  if (text === '') return { present: false, value: undefined };
  try {
    return { present: true, value: JSON.parse(text) as unknown };
  } catch {
    return { present: true, value: text };
  }
}

function answer(state: MockState, name: MockEndpoint, request: Request, body: unknown, endpoint: Endpoint): Response {
  if (state.scenario === 'network-error') return HttpResponse.error();
  if (state.scenario === 'maintenance') return maintenancePage(state);
  const denied = authFailure(state, request.headers.get('Authorization'));
  if (denied) return denied;
  const injected = takeFailure(state, name, body);
  if (injected) return injected;
  return endpoint(state, new URL(request.url), body);
}

/**
 * Shared steps of every `/client` endpoint: record, wait, lost answers (`dropNext`),
 * scenario-wide failures, auth, queued failures, then the endpoint itself.
 */
export function clientRoute(state: MockState, name: MockEndpoint, endpoint: Endpoint) {
  return async ({ request }: { request: Request }) => {
    const body = await readBody(request);
    const entry: MockRequest = { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), receivedAt: new Date().toISOString() };
    if (body.present) entry.body = body.value;
    state.requests.push(entry);
    const ms = latencyOf(state);
    if (ms > 0) await delay(ms);
    const drop = takeDrop(state, name);
    if (drop && !drop.afterProcessing) return HttpResponse.error();
    const response = answer(state, name, request, body.value, endpoint);
    // Carried out, but the client never hears back: the connection went down with the answer.
    return drop ? HttpResponse.error() : response;
  };
}

/** SVG placeholders on every Steam image CDN host the library may use. */
export function iconHandlers(state: MockState): HttpHandler[] {
  return STEAM_IMAGE_HOSTS.map((host) =>
    http.get(`https://${host}/economy/image/*`, async ({ request }) => {
      const ms = latencyOf(state);
      if (ms > 0) await delay(ms);
      const hash = new URL(request.url).pathname.split('/')[3] ?? '';
      return new HttpResponse(mockIconSvg(hash), {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
      });
    }),
  );
}
