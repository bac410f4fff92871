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

const repair = (key: MockErrorKey, words: RegExp, change: (name: string) => RegExp, units = 1): Story => ({
  parameters: armed(key),
  args: units > 1 ? { defaultGame: 252490 } : {},
  play: async ({ canvasElement }) => {
    const { alert, row } = await refusedOne(canvasElement, units);
    await expect(alert).toHaveTextContent(words);
    await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent(change(row.name)));
  },
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** PRICE_CHANGED: the re-quote, old → new, waiting for one click to accept. */
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

/** NO_OFFER_FOUND: the item leaves the selection, and the dialog says which. */
export const NoOfferFound = repair('NO_OFFER_FOUND', /no offer right now/, (name) => new RegExp(`${escape(name)} removed: no offer right now`));
/** ITEMS_UNAVAILABLE: traded away in Steam meanwhile. */
export const ItemsUnavailable = repair('ITEMS_UNAVAILABLE', /no longer in your inventory/, (name) => new RegExp(`${escape(name)} removed`));
/** ITEMS_NOT_ACCEPTED: AssetPay does not take the item now. */
export const ItemsNotAccepted = repair('ITEMS_NOT_ACCEPTED', /not accepted right now/, (name) => new RegExp(`${escape(name)} removed: not accepted right now`));
/** ITEM_OVERSTOCKED: a stack of 3 is capped at the 2 still wanted. */
export const ItemOverstocked = repair('ITEM_OVERSTOCKED', /smaller amounts/, (name) => new RegExp(`${escape(name)}: 3 → 2`), 3);
/** EXCEEDS_MAX_AMOUNT: the stack comes down to the most accepted at once. */
export const ExceedsMaxAmount = repair('EXCEEDS_MAX_AMOUNT', /more than accepted at once/, (name) => new RegExp(`${escape(name)}: 3 → 2`), 3);
/** INSUFFICIENT_ITEM_AMOUNT: the stack comes down to what the user owns. */
export const InsufficientItemAmount = repair('INSUFFICIENT_ITEM_AMOUNT', /more than you own/, (name) => new RegExp(`${escape(name)}: 3 → 2`), 3);

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
    await expect(within(dialog).getByText(/^You can try again in 4[45] s\.$/)).toBeVisible();
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
export const ValidationFailed = refusal('VALIDATION_FAILED', /Rejected fields: items\.0\.offer\.price/, { fields: { 'items.0.offer.price': 'must be positive' } });

/** A key this library does not know: the generic text, still with the request id for support. */
export const UnknownError = refusal('UNDOCUMENTED_KEY', /Something went wrong\.[\s\S]*[0-9a-f]{8}-/);
