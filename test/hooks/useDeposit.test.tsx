import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse, delay } from 'msw';
import { useDeposit, useDepositSelection, useInventory, AssetPayError } from '../../src/index.js';
import { server } from '../server.js';
import { createMockAssetPay } from '../../src/mock/index.js';
import { API, apiItem, envelope, inventoryBody, renderWithProvider, serveInventory } from './utils.js';

const trade = (externalId: string) =>
  envelope({ id: 'trade-1', type: 'DEPOSIT', status: 'INITIATED', game: '730', items: [], totalPrice: 10.75, externalId, createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z' });

function serveDeposit(respond: (body: { externalId: string }) => Response | Promise<Response>) {
  const bodies: { externalId: string; [key: string]: unknown }[] = [];
  const headers: Headers[] = [];
  server.use(
    http.post(`${API}/client/trading/deposit`, async ({ request }) => {
      const body = (await request.json()) as { externalId: string };
      bodies.push(body);
      headers.push(request.headers);
      return respond(body);
    }),
  );
  return { bodies, headers };
}

function useFlow() {
  const inventory = useInventory();
  const selection = useDepositSelection({ items: inventory.items, collateral: inventory.collateral });
  const deposit = useDeposit({ selection, reconcileDelaysMs: [0, 0] });
  return { inventory, selection, deposit };
}

async function renderFlowWithSelection() {
  const inventoryRequests = serveInventory(() => inventoryBody([apiItem('a'), apiItem('b')]));
  const rendered = renderWithProvider(useFlow);
  await waitFor(() => expect(rendered.result.current.inventory.items).toHaveLength(2));
  act(() => rendered.result.current.selection.selectAll(rendered.result.current.inventory.items));
  return { ...rendered, inventoryRequests };
}

describe('useDeposit', () => {
  it('POSTs the .co body built from the selection, then empties it and takes the items out of the cached inventory without a reload', async () => {
    const { result, inventoryRequests } = await renderFlowWithSelection();
    const { bodies, headers } = serveDeposit((body) => HttpResponse.json(trade(body.externalId)));

    let returned: unknown;
    await act(async () => {
      returned = await result.current.deposit.deposit({ isInstant: true });
    });

    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toEqual({
      items: [
        { itemId: 'a', offer: { price: 10.75, reference: 'ref-a' } },
        { itemId: 'b', offer: { price: 10.75, reference: 'ref-b' } },
      ],
      game: '730',
      externalId: expect.stringMatching(/^[^,]{1,128}$/),
      isInstant: true,
    });
    expect(headers[0]!.get('content-type')).toBe('application/json');
    expect(headers[0]!.get('authorization')).toBe('token-123');
    expect(returned).toMatchObject({ id: 'trade-1', status: 'INITIATED', externalId: bodies[0]!.externalId });
    await waitFor(() => expect(result.current.deposit.trade?.id).toBe('trade-1'));
    expect(result.current.selection.count).toBe(0);
    await waitFor(() => expect(result.current.inventory.items).toHaveLength(0));
    expect(result.current.inventory.count).toBe(0);
    // The inventory limit is the merchant's, shared by all its users: no reload after a deposit.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inventoryRequests).toHaveLength(1);
  });

  it('leaves the rest of a partly deposited Rust stack in the cached inventory', async () => {
    serveInventory(() => inventoryBody([apiItem('wood', { appid: 252490, amount: 10, offer: { price: 0.07, reference: 'r-w', maxAmount: 10 } })], { count: 1 }));
    const rendered = renderWithProvider(() => {
      const inventory = useInventory({ game: 252490 });
      const selection = useDepositSelection({ items: inventory.items, collateral: inventory.collateral, game: 252490 });
      const deposit = useDeposit({ selection });
      return { inventory, selection, deposit };
    });
    await waitFor(() => expect(rendered.result.current.inventory.items).toHaveLength(1));
    act(() => rendered.result.current.selection.select(rendered.result.current.inventory.items[0]!, 4));
    serveDeposit((body) => HttpResponse.json(trade(body.externalId)));
    await act(async () => {
      await rendered.result.current.deposit.deposit();
    });
    await waitFor(() => expect(rendered.result.current.inventory.items[0]).toMatchObject({ id: 'wood', amount: 6, offer: { maxAmount: 6 } }));
    expect(rendered.result.current.inventory.count).toBe(1);
  });

  it('sends one request for many calls while one is pending', async () => {
    const { result } = await renderFlowWithSelection();
    const { bodies } = serveDeposit(async (body) => {
      await delay(50);
      return HttpResponse.json(trade(body.externalId));
    });
    let results: unknown[] = [];
    await act(async () => {
      const d = result.current.deposit.deposit;
      results = await Promise.all([d(), d(), d()]);
    });
    expect(bodies).toHaveLength(1);
    expect(results[0]).toBe(results[1]);
    expect(results[1]).toBe(results[2]);
  });

  it('uses a new externalId for every attempt', async () => {
    const { result } = await renderFlowWithSelection();
    const { bodies } = serveDeposit(() =>
      HttpResponse.json({ success: false, error: { key: 'NO_BOTS_AVAILABLE', code: 1010 } }, { status: 503 }),
    );
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await act(async () => {
        await result.current.deposit.deposit().catch(() => undefined);
      });
    }
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.externalId).not.toBe(bodies[1]!.externalId);
  });

  it('keeps the selection and types the error when the deposit fails', async () => {
    const { result } = await renderFlowWithSelection();
    serveDeposit(() =>
      HttpResponse.json(
        { requestId: 'req-77', success: false, error: { code: 11, key: 'PRICE_CHANGED', message: 'Price changed', details: { items: [] } } },
        { status: 409 },
      ),
    );
    let caught: unknown;
    await act(async () => {
      caught = await result.current.deposit.deposit().catch((error: unknown) => error);
    });
    expect(caught).toBeInstanceOf(AssetPayError);
    expect(caught).toMatchObject({ key: 'PRICE_CHANGED', status: 409, requestId: 'req-77', outcomeUnknown: false });
    await waitFor(() => expect(result.current.deposit.error?.key).toBe('PRICE_CHANGED'));
    expect(result.current.selection.count).toBe(2);
  });

  it('never resends a lost deposit by itself: looks it up, says DEPOSIT_UNCONFIRMED, and resend() sends the same externalId', async () => {
    const { result } = await renderFlowWithSelection();
    let answer = () => HttpResponse.error() as Response;
    const { bodies, headers } = serveDeposit((body) => answer() ?? HttpResponse.json(trade(body.externalId)));
    const lookups: URL[] = [];
    server.use(
      http.get(`${API}/client/trades`, ({ request }) => {
        lookups.push(new URL(request.url));
        return HttpResponse.json(envelope({ trades: [], count: 0 }));
      }),
    );
    let caught: AssetPayError | undefined;
    await act(async () => {
      caught = (await result.current.deposit.deposit().catch((error: unknown) => error)) as AssetPayError;
    });
    expect(caught).toMatchObject({ key: 'DEPOSIT_UNCONFIRMED', outcomeUnknown: true });
    expect(bodies).toHaveLength(1);
    expect(lookups).toHaveLength(2);
    expect(lookups[0]!.searchParams.get('game')).toBe('730');
    expect(result.current.selection.count).toBe(2);

    answer = () => HttpResponse.json(trade(bodies[0]!.externalId));
    await act(async () => {
      await result.current.deposit.resend();
    });
    expect(bodies).toHaveLength(2);
    expect(bodies[1]!.externalId).toBe(bodies[0]!.externalId);
    expect(headers[1]!.get('x-request-id')).toBe(headers[0]!.get('x-request-id'));
    await waitFor(() => expect(result.current.deposit.trade?.id).toBe('trade-1'));
    expect(result.current.selection.count).toBe(0);
  });

  it('finds the trade by externalId when the server created it but its answer was a bare 500: one POST', async () => {
    const mock = createMockAssetPay({ seed: 2, scenario: 'server-error' });
    server.use(...mock.handlers);
    const { result } = renderWithProvider(useFlow);
    await waitFor(() => expect(result.current.inventory.items.length).toBeGreaterThan(0));
    const item = result.current.inventory.items.find((candidate) => result.current.selection.getDisabledReason(candidate) === null)!;
    act(() => result.current.selection.toggle(item));
    let found: Awaited<ReturnType<typeof result.current.deposit.deposit>> | undefined;
    await act(async () => {
      found = await result.current.deposit.deposit();
    });
    const posts = mock.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(mock.trades).toHaveLength(1);
    expect(found).toMatchObject({ id: mock.trades[0]!.id, externalId: (posts[0]!.body as { externalId: string }).externalId });
    expect(mock.requests.some((request) => request.method === 'GET' && request.url.includes('/client/trades'))).toBe(true);
  });

  it('refuses to send an empty selection', async () => {
    serveInventory(() => inventoryBody([]));
    const { bodies } = serveDeposit((body) => HttpResponse.json(trade(body.externalId)));
    const { result } = renderWithProvider(useFlow);
    await expect(result.current.deposit.deposit()).rejects.toMatchObject({ reason: 'empty' });
    expect(bodies).toHaveLength(0);
  });
});
