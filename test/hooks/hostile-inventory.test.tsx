// Issue 4 through the public hooks and the whole panel: a hostile inventory response over HTTP
// (MSW) is validated row by row, reported, never crashes a render, and leaves exact totals.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import {
  AssetPayError,
  AssetPayProvider,
  DepositPanel,
  STEAM_IMAGE_HOSTS,
  formatCents,
  isDepositable,
  useDepositSelection,
  useInfiniteInventory,
  useInventory,
  type RejectedItem,
} from '../../src/index.js';
import { apiItem, inventoryBody, renderWithProvider, serveInventory } from './utils.js';

const SCRIPT_NAME = '<script>alert(1)</script>';
const IMG_NAME = '<img src=x onerror=alert(1)>';

/** A page an API should never send: valid rows with hostile values between broken rows. */
function hostileRows(): unknown[] {
  return [
    apiItem('script', { name: SCRIPT_NAME, offer: { price: 0.1, reference: 'r1', maxAmount: 1 }, iconUrl: 'javascript:alert(1)', color: 'red; background:url(x)' }),
    null, // 1
    apiItem('img', { name: IMG_NAME, offer: { price: 0.2, reference: 'r2', maxAmount: 1 }, iconUrl: '//evil.com/x.png', color: '#12345g', rarity: 'constructor' }),
    [apiItem('in-array')], // 3
    apiItem('string-price', { offer: { price: '12.5', reference: 'r' } }), // 4
    apiItem('abc-price', { offer: { price: 'abc', reference: 'r' } }), // 5
    apiItem('negative', { offer: { price: -1, reference: 'r' } }), // 6
    apiItem('huge', { offer: { price: 1e308, reference: 'r' } }), // 7
    apiItem('unsafe-cents', { offer: { price: Number.MAX_SAFE_INTEGER, reference: 'r' } }), // 8
    apiItem('zero-amount', { appid: 252490, amount: 0 }), // 9
    apiItem('fraction-amount', { appid: 252490, amount: 1.5 }), // 10
    apiItem('script', { name: 'duplicate', offer: { price: 999, reference: 'r' } }), // 11
    apiItem('x'.repeat(10_000)), // 12
    apiItem('no-offer', { offer: undefined }),
    apiItem('zero-offer', { offer: { price: 0, reference: 'r' } }),
    apiItem('other-app', { appid: 440 }),
    apiItem('userinfo', {
      name: 'D',
      offer: { price: 0.7, reference: 'r3', maxAmount: 1 },
      iconUrl: 'https://evil@community.cloudflare.steamstatic.com/economy/image/abc',
      stickers: [{ name: SCRIPT_NAME, slot: 0, iconUrl: 'data:image/png;base64,AAAA' }],
      charm: { name: IMG_NAME, iconUrl: 'https://steamcommunity-a.akamaihd.net.evil.com/x' },
    }),
    apiItem('long-name', { name: `${IMG_NAME}${'L'.repeat(10_000)}`.slice(0, 10_000), offer: { price: 10.75, reference: 'r4', maxAmount: 1 } }),
  ];
}
const REJECTED_INDEXES = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const DEPOSITABLE = ['script', 'img', 'userinfo', 'long-name'];
const EXACT_TOTAL = 10 + 20 + 70 + 1075;

/** A JSON body with `__proto__` / `constructor` keys as real own keys, as a server could send it. */
function withPrototypeKeys(body: unknown): Response {
  const text = JSON.stringify(body).replace('"success":true', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"success":true');
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('useInventory with a hostile page', () => {
  it('keeps the valid rows, reports every broken one once, and never throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    serveInventory(() => withPrototypeKeys(inventoryBody(hostileRows())));
    const onInvalidItems = vi.fn<(rejected: RejectedItem[]) => void>();
    const { result } = renderWithProvider(() => useInventory(), { provider: { onInvalidItems } });
    await waitFor(() => expect(result.current.items.length).toBeGreaterThan(0));
    expect(result.current.error).toBeNull();
    expect(result.current.items.map((item) => item.id)).toEqual(['script', 'img', 'no-offer', 'zero-offer', 'other-app', 'userinfo', 'long-name']);
    expect(result.current.items.filter(isDepositable).map((item) => item.id)).toEqual(DEPOSITABLE);
    expect(result.current.rejected.map((r) => r.index)).toEqual(REJECTED_INDEXES);
    for (const r of result.current.rejected) expect(r.reason.length).toBeGreaterThan(0);
    expect(result.current.rejected.find((r) => r.index === 11)).toEqual({ index: 11, id: 'script', reason: 'id: duplicate of an earlier row' });
    expect(onInvalidItems).toHaveBeenCalledOnce();
    expect(onInvalidItems.mock.calls[0]![0]).toBe(result.current.rejected);
    // Rows count as seen, so a page with broken rows can still be the whole inventory.
    expect(result.current.isComplete).toBe(true);
  });

  it.each<[string, () => Response]>([
    ['HTML instead of JSON', () => new Response('<html><script>alert(1)</script></html>', { headers: { 'Content-Type': 'text/html' } })],
    ['an array', () => HttpResponse.json([inventoryBody([apiItem('a')])])],
    ['null', () => new Response('null', { headers: { 'Content-Type': 'application/json' } })],
    ['the envelope under __proto__', () => new Response(`{"__proto__":${JSON.stringify(inventoryBody([apiItem('a')]))}}`)],
    ['data under __proto__', () => new Response(`{"success":true,"__proto__":{"data":${JSON.stringify(inventoryBody([]).data)}}}`)],
    ['inventory as an object', () => HttpResponse.json(inventoryBody([], { inventory: { 0: apiItem('a') } }))],
    ['count 1e308', () => HttpResponse.json(inventoryBody([apiItem('a')], { count: 1e308 }))],
  ])('a broken envelope (%s) is a typed INVALID_RESPONSE, not a crash', async (_, respond) => {
    serveInventory(respond);
    const { result } = renderWithProvider(() => useInventory());
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toBeInstanceOf(AssetPayError);
    expect(result.current.error!.key).toBe('INVALID_RESPONSE');
    expect(result.current.items).toEqual([]);
  });

  it('selecting everything depositable from the hostile page gives exact totals', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    serveInventory(() => inventoryBody(hostileRows(), { collateral: 1e308 }));
    const { result } = renderWithProvider(() => {
      const inventory = useInventory();
      return { inventory, selection: useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game: 730, collateral: inventory.collateral }) };
    });
    await waitFor(() => expect(result.current.inventory.items.length).toBeGreaterThan(0));
    act(() => result.current.selection.selectAll(result.current.inventory.items));
    const { selection } = result.current;
    expect(selection.selectedItems.map((line) => line.item.id)).toEqual(DEPOSITABLE);
    expect(selection.totalCents).toBe(EXACT_TOTAL);
    expect(selection.totalCents).toBe(selection.selectedItems.reduce((sum, line) => sum + line.lineTotalCents, 0));
    expect(selection.instantCreditCents).toBe(EXACT_TOTAL);
    const request = selection.toDepositRequest({ externalId: 'ext-1' });
    expect(request.game).toBe('730');
    expect(request.items.map((item) => [item.itemId, item.offer.price])).toEqual([
      ['script', 0.1],
      ['img', 0.2],
      ['userinfo', 0.7],
      ['long-name', 10.75],
    ]);
  });
});

describe('useInfiniteInventory with hostile pages', () => {
  it('an id repeated on a later page is listed once (first copy), broken rows of every page are reported', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pages: unknown[][] = [
      [apiItem('a', { offer: { price: 0.1, reference: 'ra', maxAmount: 1 } }), apiItem('b'), null],
      [apiItem('b', { offer: { price: 999, reference: 'rb2', maxAmount: 1 } }), apiItem('c', { offer: { price: 'abc' } }), apiItem('d', { offer: { price: 0.2, reference: 'rd', maxAmount: 1 } })],
      [apiItem('a', { name: 'moved' }), apiItem('e', { offer: { price: 0.7, reference: 're', maxAmount: 1 } })],
    ];
    serveInventory((url) => inventoryBody(pages[Number(url.searchParams.get('page')) - 1] ?? [], { count: 9 }));
    const onInvalidItems = vi.fn();
    const { result } = renderWithProvider(
      () => {
        const inventory = useInfiniteInventory({ perPage: 3, loadAll: true });
        return { inventory, selection: useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game: 730 }) };
      },
      { provider: { onInvalidItems } },
    );
    await waitFor(() => expect(result.current.inventory.pagesLoaded).toBe(3));
    const { inventory } = result.current;
    expect(inventory.items.map((item) => item.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(inventory.items[0]!.name).toBe('AK-47 | Redline a');
    expect(inventory.items[1]!.offer!.priceCents).toBe(1075);
    expect(inventory.rejected.map((r) => [r.index, r.id])).toEqual([
      [2, undefined],
      [1, 'c'],
    ]);
    expect(onInvalidItems).toHaveBeenCalledTimes(2);
    act(() => result.current.selection.selectAll(result.current.inventory.items));
    expect(result.current.selection.count).toBe(4);
    expect(result.current.selection.totalCents).toBe(10 + 1075 + 20 + 70);
  });
});

// ---- the whole panel ----

const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'ping', 'cite', 'data'];

function expectInertDocument() {
  expect(document.querySelectorAll('script, iframe, object, embed, svg, math, base, form, frame')).toHaveLength(0);
  // The dialog's scroll lock puts a <style> in <head>; the body gets none from our data.
  expect(document.body.querySelectorAll('style, link, meta')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(name.toLowerCase().startsWith('on'), `${element.tagName} has ${name}`).toBe(false);
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        const url = new URL(value);
        expect(url.protocol, `${element.tagName} ${name}=${value}`).toBe('https:');
        expect(url.username + url.password + url.port).toBe('');
        expect(element.tagName === 'IMG' ? STEAM_IMAGE_HOSTS : ['steamcommunity.com'], `${element.tagName} ${name}=${value}`).toContain(url.hostname);
      }
      if (name === 'style') expect(value.toLowerCase()).not.toMatch(/url\(|expression\(|javascript:|@import/);
    }
  }
}

describe('DepositPanel over a hostile inventory', () => {
  it('renders names as text, requests no foreign image, and lists exact lines in the dialog', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    serveInventory(() => withPrototypeKeys(inventoryBody(hostileRows())));
    const onInvalidItems = vi.fn();
    const user = userEvent.setup();
    render(
      <AssetPayProvider getToken={() => 'tok'} queryClient={new QueryClient()} refreshOnSessionStart={false} retry={0} onInvalidItems={onInvalidItems}>
        <DepositPanel height={2000} />
      </AssetPayProvider>,
    );
    const grid = await screen.findByRole('grid', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(grid).getAllByRole('gridcell').length).toBe(7), { timeout: 10_000 });
    expect(onInvalidItems.mock.calls.flatMap(([rejected]) => (rejected as RejectedItem[]).map((r) => r.index))).toEqual(REJECTED_INDEXES);

    // Names are literal text; no element came out of them.
    expect(within(grid).getByRole('button', { name: `${SCRIPT_NAME}, You get $0.10` })).toBeInTheDocument();
    expect(within(grid).getByRole('button', { name: `${IMG_NAME}, You get $0.20` })).toBeInTheDocument();
    expect(within(grid).getByRole('button', { name: /^Stickers: <script>alert\(1\)<\/script>; Charm: <img src=x onerror=alert\(1\)>$/ })).toBeInTheDocument();
    const cards = [...grid.querySelectorAll<HTMLElement>('[data-slot="item-card"]')];
    // The panel sorts by payout; which ids are shown is what matters here.
    expect(cards.map((card) => card.dataset.itemId).sort()).toEqual(['img', 'long-name', 'no-offer', 'other-app', 'script', 'userinfo', 'zero-offer']);
    const card = (id: string) => cards.find((element) => element.dataset.itemId === id)!;
    // Only the four rows with a plain hash icon load one; the hostile icon URLs got placeholders.
    expect([...grid.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(
      Array.from({ length: 4 }, () => 'https://community.cloudflare.steamstatic.com/economy/image/abcDEF123/128fx128f'),
    );
    expect(card('script').style.getPropertyValue('--ap-rarity')).toBe('#d32ce6');
    expect(card('img').hasAttribute('style')).toBe(false);
    expectInertDocument();

    await user.click(screen.getByRole('button', { name: 'Select all' }));
    const trigger = await screen.findByRole('button', { name: 'Deposit 4 items' }, { timeout: 10_000 });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' }, { timeout: 10_000 });
    const lines = [...dialog.querySelectorAll<HTMLElement>('[data-slot="deposit-dialog-line"]')];
    expect(lines.map((line) => line.dataset.itemId).sort()).toEqual([...DEPOSITABLE].sort());
    expect(within(dialog).getByRole('rowheader', { name: SCRIPT_NAME })).toBeInTheDocument();
    expect(within(dialog).getByRole('rowheader', { name: IMG_NAME })).toBeInTheDocument();
    const lineTotal = (id: string) => lines.find((line) => line.dataset.itemId === id)!.lastElementChild!.textContent;
    expect(DEPOSITABLE.map(lineTotal)).toEqual(['$0.10', '$0.20', '$0.70', '$10.75']);
    expect(dialog).toHaveTextContent(formatCents(EXACT_TOTAL));
    expectInertDocument();
    // The whole panel over MSW is slow on a loaded 2-core machine.
  }, 30_000);
});
