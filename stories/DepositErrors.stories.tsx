import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DepositPanel } from '../src/components/index.js';
import type { GetTokenOptions } from '../src/core/index.js';
import type { FailNextOptions, MockErrorKey, RawInventoryItem } from '../src/mock/index.js';
import { activeMock, type AssetPayParameters } from '../.storybook/mockApi.js';

// One story per row of the deposit error matrix. Each one arms the fake API before it loads, then
// the play function picks an item and confirms; open a story and click through it yourself.

const meta = {
  title: 'Flows/Deposit errors',
  component: DepositPanel,
  args: { onDeposited: fn(), height: 420 },
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
} satisfies Meta<typeof DepositPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const depositable = (row: RawInventoryItem) => row.tradable && row.accepted !== false && !!row.offer && row.offer.price > 0;

const armed = (key: MockErrorKey, options: FailNextOptions = {}, extra: AssetPayParameters = {}) => ({
  assetpay: { ...extra, failNext: [[key, { endpoint: 'deposit', ...options }]] } satisfies AssetPayParameters,
});
const onLoad = (key: MockErrorKey, options: FailNextOptions = {}) => ({
  assetpay: { failNext: [[key, { endpoint: 'inventory', ...options }]] } satisfies AssetPayParameters,
});

/** Selects the first depositable item (and raises a Rust stack to `units`), opens the dialog and confirms once. */
async function confirmOne(canvasElement: HTMLElement, units = 1) {
  const canvas = within(canvasElement);
  const grid = await canvas.findByRole('grid');
  await within(grid).findAllByRole('gridcell');
  const game = units > 1 ? 252490 : 730;
  const wanted = activeMock.inventory(game).find((row) => depositable(row) && Math.min(row.amount ?? 1, row.offer!.maxAmount ?? Infinity) >= units)!;
  await userEvent.type(canvas.getByRole('searchbox', { name: 'Search items' }), wanted.name);
  const card = await waitFor(() => {
    const found = grid.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(wanted.id)}"] [data-slot="item-card-toggle"]`);
    if (!found) throw new Error(`card ${wanted.id} not shown yet`);
    return found;
  });
  await userEvent.click(card);
  if (units > 1) {
    const spin = await within(grid).findByRole('spinbutton', { name: `Quantity of ${wanted.name}` });
    spin.focus();
    for (let i = 1; i < units; i += 1) await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(spin).toHaveAttribute('aria-valuenow', String(units)));
  }
  await userEvent.click(canvas.getByRole('button', { name: 'Deposit 1 item' }));
  const dialog = await body().findByRole('dialog', { name: 'Confirm deposit' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
  return { dialog, row: wanted };
}

/** {@link confirmOne}, then the dialog's alert. */
async function refusedOne(canvasElement: HTMLElement, units = 1) {
  const { dialog, row } = await confirmOne(canvasElement, units);
  return { dialog, row, alert: await within(dialog).findByRole('alert', {}, { timeout: 5000 }) };
}

const refusal = (key: MockErrorKey, words: RegExp, options: FailNextOptions = {}): Story => ({
  parameters: armed(key, options),
  play: async ({ canvasElement }) => {
    const { dialog, alert } = await refusedOne(canvasElement);
    await expect(alert).toHaveTextContent(words);
    // The selection is kept: the item is still listed and Confirm is offered again.
    await expect(within(dialog).getAllByRole('rowheader')).toHaveLength(1);
    await expect(within(dialog).getByRole('button', { name: 'Confirm deposit' })).toBeVisible();
  },
});

/**
 * A refusal that repairs the selection. `'documented'`: the answer has no `details` (AssetPay documents
 * them only for ITEM_OVERSTOCKED), so the re-fetched inventory tells what changed; `'rich'`: with `details`.
 */
const repair = (key: MockErrorKey, words: RegExp, change: (name: string) => RegExp, units = 1, details: 'documented' | 'rich' = 'documented'): Story => ({
  parameters: armed(key, {}, { mock: { details } }),
  args: units > 1 ? { defaultGame: 252490 } : {},
  play: async ({ canvasElement }) => {
    const { alert, row } = await refusedOne(canvasElement, units);
    await expect(alert).toHaveTextContent(words);
    await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent(change(row.name)));
  },
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** PRICE_CHANGED without details: the re-fetched inventory gives the re-quote, old → new, waiting for one click to accept. */
export const PriceChanged: Story = {
  parameters: { assetpay: { scenario: 'price-changed' } },
  play: async ({ canvasElement }) => {
    const { dialog } = await confirmOne(canvasElement);
    const accept = await within(dialog).findByRole('button', { name: 'Confirm new prices' });
    await waitFor(() => expect(accept).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 5000 });
    await expect(within(dialog).getByRole('listitem')).toHaveTextContent('→');
    await expect(activeMock.trades).toHaveLength(0);
  },
};

const removed = (reason: string) => (name: string) => new RegExp(`${escape(name)} removed: ${reason}`);
const lowered = (name: string) => new RegExp(`${escape(name)}: 3 → 2`);

/** NO_OFFER_FOUND without details: the re-fetch shows the offer is gone; the item leaves the selection, and the dialog says which. */
export const NoOfferFound = repair('NO_OFFER_FOUND', /no offer right now/, removed('no offer right now'));
/** NO_OFFER_FOUND with `details.items`. */
export const NoOfferFoundWithDetails = repair('NO_OFFER_FOUND', /no offer right now/, removed('no offer right now'), 1, 'rich');
/** ITEMS_UNAVAILABLE without details: traded away in Steam meanwhile, seen in the re-fetch. */
export const ItemsUnavailable = repair('ITEMS_UNAVAILABLE', /no longer in your inventory/, removed('no longer in your inventory'));
/** ITEMS_UNAVAILABLE with `details.items`. */
export const ItemsUnavailableWithDetails = repair('ITEMS_UNAVAILABLE', /no longer in your inventory/, removed('no longer in your inventory'), 1, 'rich');
/** ITEMS_NOT_ACCEPTED without details: AssetPay does not take the item now. */
export const ItemsNotAccepted = repair('ITEMS_NOT_ACCEPTED', /not accepted right now/, removed('not accepted right now'));
/** ITEMS_NOT_ACCEPTED with `details.items`. */
export const ItemsNotAcceptedWithDetails = repair('ITEMS_NOT_ACCEPTED', /not accepted right now/, removed('not accepted right now'), 1, 'rich');
/** ITEM_OVERSTOCKED: a stack of 3 is capped at the 2 still wanted (`details.items[].remaining`, the one documented shape). */
export const ItemOverstocked = repair('ITEM_OVERSTOCKED', /smaller amounts/, lowered, 3);
/** EXCEEDS_MAX_AMOUNT without details: the re-fetched maximum brings the stack down. */
export const ExceedsMaxAmount = repair('EXCEEDS_MAX_AMOUNT', /more than accepted at once/, lowered, 3);
/** EXCEEDS_MAX_AMOUNT with `details.items[].maxAmount`. */
export const ExceedsMaxAmountWithDetails = repair('EXCEEDS_MAX_AMOUNT', /more than accepted at once/, lowered, 3, 'rich');
/** INSUFFICIENT_ITEM_AMOUNT without details: the re-fetched stack size brings it down to what the user owns. */
export const InsufficientItemAmount = repair('INSUFFICIENT_ITEM_AMOUNT', /more than you own/, lowered, 3);
/** INSUFFICIENT_ITEM_AMOUNT with `details.items[].available`. */
export const InsufficientItemAmountWithDetails = repair('INSUFFICIENT_ITEM_AMOUNT', /more than you own/, lowered, 3, 'rich');

/** PRICE_CHANGED with `details.items` (old and new price per item). */
export const PriceChangedWithDetails: Story = {
  parameters: { assetpay: { scenario: 'price-changed', mock: { details: 'rich' } } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const { dialog } = await confirmOne(canvasElement);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Confirm new prices' })).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 5000 });
    await expect(within(dialog).getByRole('listitem')).toHaveTextContent('→');
  },
};

/** TOO_MANY_ITEMS: the cap stays, in words. */
export const TooManyItems = refusal('TOO_MANY_ITEMS', /Too many items in one deposit/);
/** TOO_MANY_ACTIVE_TRADES: accept or decline the pending Steam offers first. */
export const TooManyActiveTrades = refusal('TOO_MANY_ACTIVE_TRADES', /Accept or decline them in Steam first/);

/** RATE_LIMITED: a countdown from Retry-After; Confirm stays disabled until it ends. */
export const RateLimited: Story = {
  parameters: armed('RATE_LIMITED', { retryAfter: 45 }),
  play: async ({ canvasElement }) => {
    const { dialog, alert } = await refusedOne(canvasElement);
    await expect(alert).toHaveTextContent('Too many requests');
    await expect(within(dialog).getByText(/^You can try again in 4[45] sec\.$/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Confirm deposit' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** DEPOSIT_IN_PROGRESS: a short wait is sat out and the deposit resent once by itself. */
export const DepositInProgress: Story = {
  parameters: armed('DEPOSIT_IN_PROGRESS', { retryAfter: 2 }),
  play: async ({ canvasElement }) => {
    const { dialog } = await confirmOne(canvasElement);
    await expect(await within(dialog).findByText('The service is busy. Trying again…')).toBeVisible();
    await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible(), { timeout: 8000 });
    await expect(activeMock.requests.filter((request) => request.method === 'POST')).toHaveLength(2);
  },
};

/** An expired token, refused again after the refresh: "session expired" (and `onAuthError` for the host). */
export const SessionExpired: Story = {
  parameters: armed('TOKEN_EXPIRED', { times: 2 }, { getToken: (options?: GetTokenOptions) => (options?.forceRefresh ? 'renewed-token' : 'old-token') }),
  play: async ({ canvasElement }) => {
    const { alert } = await refusedOne(canvasElement);
    await expect(alert).toHaveTextContent('Your session has expired.');
  },
};

/** INVALID_TOKEN once: refreshed and replayed silently, the deposit goes through. */
export const InvalidToken: Story = {
  parameters: armed('INVALID_TOKEN', {}, { getToken: (options?: GetTokenOptions) => (options?.forceRefresh ? 'renewed-token' : 'old-token') }),
  play: async ({ canvasElement }) => {
    const { dialog } = await confirmOne(canvasElement);
    await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible(), { timeout: 5000 });
    await expect(within(dialog).queryByRole('alert')).toBeNull();
    const posts = activeMock.requests.filter((request) => request.method === 'POST');
    await expect(posts.map((request) => request.headers.authorization)).toEqual([
      expect.stringContaining('old-token'),
      expect.stringContaining('renewed-token'),
    ]);
  },
};

/** INVALID_TOKEN again after the refresh: "session expired". */
export const InvalidTokenTwice: Story = {
  parameters: armed('INVALID_TOKEN', { times: 2 }),
  play: async ({ canvasElement }) => {
    const { alert } = await refusedOne(canvasElement);
    await expect(alert).toHaveTextContent('Your session has expired.');
  },
};

/** EXTERNAL_ID_EXISTS on a first send: definitive; the next Confirm is a new attempt with a new id. */
export const ExternalIdExists = refusal('EXTERNAL_ID_EXISTS', /This deposit was already sent/);

/** INSTANT_DEPOSITS_DISABLED: said in words; the deposit goes ahead without instant credit only on a second Confirm. */
export const InstantDepositsDisabled: Story = {
  parameters: { assetpay: { mock: { instantDeposits: false } } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const { dialog, alert } = await refusedOne(canvasElement);
    await expect(alert).toHaveTextContent('Instant credit is switched off');
    await expect(activeMock.trades).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deposit without instant credit' }));
    await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible(), { timeout: 5000 });
    const bodies = activeMock.requests.filter((request) => request.method === 'POST').map((request) => (request.body as { isInstant: boolean }).isInstant);
    await expect(bodies).toEqual([true, false]);
  },
};

/** The answer is lost after AssetPay created the trade: found by externalId, sent once. */
export const AnswerLost: Story = {
  parameters: { assetpay: { dropNext: [{ endpoint: 'deposit', afterProcessing: true }], mock: { tradeListingLag: 1 } } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const { dialog } = await confirmOne(canvasElement);
    await expect(await within(dialog).findByText('Checking whether your deposit went through…')).toBeVisible();
    await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible(), { timeout: 30_000 });
    await expect(activeMock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  },
};

/** The deposit never arrived: after about 20 s of look-ups the dialog says so and offers to send the same deposit again. */
export const DepositNeverArrived: Story = {
  parameters: { assetpay: { dropNext: [{ endpoint: 'deposit' }] } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const { dialog } = await confirmOne(canvasElement);
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 40_000 });
    await expect(alert).toHaveTextContent('most likely never arrived');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the deposit again' }));
    await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible(), { timeout: 5000 });
    const ids = activeMock.requests.filter((request) => request.method === 'POST').map((request) => (request.body as { externalId: string }).externalId);
    await expect(ids).toHaveLength(2);
    await expect(ids[1]).toBe(ids[0]);
  },
};

/** RATE_LIMITED where the browser cannot read Retry-After (no Access-Control-Expose-Headers): a 30 s fallback countdown. */
export const RateLimitedRetryAfterHidden: Story = {
  parameters: armed('RATE_LIMITED', { retryAfter: 120 }, { mock: { exposeHeaders: false } }),
  play: async ({ canvasElement }) => {
    const { dialog } = await refusedOne(canvasElement);
    await expect(within(dialog).getByText(/^You can try again in (30|29) sec\.$/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Confirm deposit' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** USER_NOT_TRADEABLE on deposit: what to do, and `onBlockingError` for the host. */
export const UserNotTradeable = refusal('USER_NOT_TRADEABLE', /Make your inventory public/);
/** INVALID_TRADEURL: the merchant app must collect a new trade URL. */
export const InvalidTradeUrl = refusal('INVALID_TRADEURL', /set a new one/);
/** ESCROW_NOT_ALLOWED: enable the Steam Guard Mobile Authenticator. */
export const EscrowNotAllowed = refusal('ESCROW_NOT_ALLOWED', /Steam Guard Mobile Authenticator/);

/** INVENTORY_PRIVATE while loading: a blocking state instead of the grid. */
export const InventoryPrivate: Story = {
  parameters: onLoad('INVENTORY_PRIVATE', { times: 10 }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(/Make it public in Steam’s privacy settings/);
  },
};

/** STEAM_UNAVAILABLE while loading, past the three automatic retries: a banner in words and Try again. */
export const SteamUnavailable: Story = {
  parameters: onLoad('STEAM_UNAVAILABLE', { times: 4, retryAfter: 0 }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('Steam is having trouble right now.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect((await within(await within(canvasElement).findByRole('grid')).findAllByRole('gridcell')).length).toBeGreaterThan(0);
  },
};

/** Outages on deposit: the selection is kept and the banner says what is going on. */
export const NoBotsAvailable = refusal('NO_BOTS_AVAILABLE', /temporarily unavailable/);
export const FleetDegraded = refusal('FLEET_DEGRADED', /temporarily slow/, { retryAfter: 30 });
export const ServiceUnavailable = refusal('SERVICE_UNAVAILABLE', /deposit service is temporarily unavailable/);
export const SystemMaintenance = refusal('SYSTEM_MAINTENANCE', /paused for maintenance/);
export const DepositsPaused = refusal('DEPOSITS_PAUSED', /Deposits are temporarily paused/);
export const SteamRateLimited = refusal('STEAM_RATE_LIMITED', /Steam is busy/);
export const InventoryFetchFailed = refusal('INVENTORY_FETCH_FAILED', /Steam did not return your inventory/);

/** VALIDATION_FAILED: a developer-facing line naming the rejected fields. */
export const ValidationFailed = refusal('VALIDATION_FAILED', /Rejected fields: items\.0\.price/, { fields: { 'items.0.price': 'must be positive' } });

/** A key this library does not know: the generic text, still with the request id for support. */
export const UnknownError = refusal('UNDOCUMENTED_KEY', /Something went wrong\.[\s\S]*[0-9a-f]{8}-/);
