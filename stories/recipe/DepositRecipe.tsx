import { useEffect, useId, useState } from 'react';
import {
  formatCents,
  maxDepositAmount,
  steamIconUrl,
  type AssetPayError,
  type DisabledReason,
  type GameId,
  type InventoryItem,
} from '../../src/core/index.js';
import {
  useDeposit,
  useDepositSelection,
  useInventory,
  useSelectionEntry,
  type UseDepositSelectionResult,
} from '../../src/hooks/index.js';

/** Props of {@link DepositRecipe}. */
export interface DepositRecipeProps {
  /** Game shown first. @default 730 (CS2) */
  initialGame?: GameId;
  /** Items per inventory page. @default 100 */
  perPage?: number;
}

const GAMES: readonly { id: GameId; label: string }[] = [
  { id: 730, label: 'CS2' },
  { id: 252490, label: 'Rust' },
];

/** What to tell the user for each error key. Branch on `error.key`, never on `error.message`. */
const ERROR_WORDS: Readonly<Record<string, string>> = {
  USER_NOT_TRADEABLE: 'Your Steam inventory is private or your account cannot trade. Make your inventory public in Steam and try again.',
  INVENTORY_PRIVATE: 'Your Steam inventory is private. Make it public in Steam and try again.',
  STEAM_UNAVAILABLE: 'Steam is not answering right now. Try again in a few minutes.',
  STEAM_RATE_LIMITED: 'Steam is busy right now. Try again in a few minutes.',
  INVENTORY_FETCH_FAILED: 'Your inventory could not be loaded from Steam. Try again in a few minutes.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  TOO_MANY_ACTIVE_TRADES: 'You have too many open trades. Accept or decline them in Steam first.',
  PRICE_CHANGED: 'Prices changed since your inventory was loaded. Check the new total and deposit again.',
  ITEMS_UNAVAILABLE: 'Some items are no longer in your inventory. Refresh and pick again.',
  ITEMS_NOT_ACCEPTED: 'Some items are not accepted right now. Remove them and try again.',
  NO_OFFER_FOUND: 'There is no offer for some items any more. Refresh and try again.',
  INSUFFICIENT_ITEM_AMOUNT: 'You picked more units than you own. Lower the amount and try again.',
  EXCEEDS_MAX_AMOUNT: 'You picked more units than can be deposited at once. Lower the amount and try again.',
  TOO_MANY_ITEMS: 'Too many items for one deposit. Remove some and try again.',
  EXTERNAL_ID_EXISTS: 'This deposit was already sent. Check your trades.',
  TOKEN_EXPIRED: 'Your session has expired. Reload the page to sign in again.',
  INVALID_TOKEN: 'Your session is no longer valid. Reload the page to sign in again.',
  UNAUTHORIZED: 'You are not signed in. Reload the page to sign in again.',
  TOKEN_UNAVAILABLE: 'We could not sign you in. Reload the page and try again.',
  NETWORK_ERROR: 'No connection to the server. Check your internet connection and try again.',
  TIMEOUT: 'The server took too long to answer. Try again.',
  INVALID_RESPONSE: 'The server sent an answer we could not read (it may be under maintenance). Try again later.',
  HTTP_ERROR: 'The server had a problem. Try again later.',
  SERVER_ERROR: 'The server had a problem. Try again later.',
  VALIDATION_FAILED: 'The request was not valid. Reload the page and try again.',
};

const REASON_WORDS: Readonly<Record<DisabledReason, string>> = {
  'not-tradable': 'Not tradable yet (Steam trade hold)',
  'not-accepted': 'Not accepted by AssetPay right now',
  'no-offer': 'No offer for this item',
  limit: 'Deposit limit reached',
};

function errorWords(error: AssetPayError | Error): string {
  const key = 'key' in error ? String(error.key) : '';
  return ERROR_WORDS[key] ?? 'Something went wrong. Try again.';
}

/** An error in words, with the request id for support. */
function ErrorMessage({ error }: { error: AssetPayError | Error }) {
  const requestId = 'requestId' in error ? error.requestId : undefined;
  const outcomeUnknown = 'outcomeUnknown' in error && error.outcomeUnknown;
  return (
    <p>
      {outcomeUnknown ? 'We could not confirm the deposit. Check your trades before you try again.' : errorWords(error)}
      {requestId ? ` (Request ID: ${requestId})` : null}
    </p>
  );
}

/** Current time, re-read every `everyMs`. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Number input for the units of a selected stack; `setAmount` clamps to what may be deposited. */
function AmountInput({ item, amount, selection }: { item: InventoryItem; amount: number; selection: UseDepositSelectionResult }) {
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = useId();
  const max = maxDepositAmount(item);
  return (
    <span>
      <label htmlFor={inputId}>{`Units of ${item.name}`}</label>{' '}
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={draft ?? String(amount)}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (text !== '' && Number.isFinite(Number(text))) selection.setAmount(item.id, Number(text));
        }}
        onBlur={() => setDraft(null)}
      />
      {` of ${max}`}
    </span>
  );
}

/** One inventory row: a toggle button, why it cannot be picked, and the units of a selected stack. */
function ItemRow({ item, selection }: { item: InventoryItem; selection: UseDepositSelectionResult }) {
  const entry = useSelectionEntry(selection.store, item.id);
  const reasonId = useId();
  const reason = selection.getDisabledReason(item);
  const icon = steamIconUrl(item.iconUrl, { size: 48 });
  const stack = item.appid === 252490;
  return (
    <li>
      <button
        type="button"
        aria-pressed={entry !== undefined}
        disabled={reason !== null && entry === undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => selection.toggle(item)}
      >
        {/* A visible cue for the pressed state; aria-pressed already tells assistive tech. */}
        <span aria-hidden="true">{entry ? '✓ ' : ''}</span>
        {icon ? <img src={icon} alt="" width={48} height={48} /> : null}
        {`${item.name}, ${item.offer ? formatCents(item.offer.priceCents) : 'no offer'}`}
        {stack && item.offer ? ` each, ${item.amount ?? 1} owned` : null}
      </button>
      {reason ? <span id={reasonId}>{` ${REASON_WORDS[reason]}`}</span> : null}
      {entry && maxDepositAmount(item) > 1 ? (
        <>
          {' '}
          <AmountInput item={item} amount={entry.amount} selection={selection} />
        </>
      ) : null}
    </li>
  );
}

/**
 * A complete deposit flow built from the headless hooks only (`useInventory`,
 * `useDepositSelection`, `useSelectionEntry`, `useDeposit`) and plain semantic HTML: pick a game,
 * toggle items, set Rust stack amounts, read the totals and deposit. Copy it as a starting point.
 */
export function DepositRecipe({ initialGame = 730, perPage = 100 }: DepositRecipeProps) {
  const [game, setGame] = useState<GameId>(initialGame);
  const inventory = useInventory({ game, perPage });
  const selection = useDepositSelection({
    items: inventory.items,
    inventoryComplete: inventory.isComplete,
    game,
    collateral: inventory.collateral,
  });
  const deposit = useDeposit({ selection });
  const now = useNow(30_000);
  const headingId = useId();
  const summaryId = useId();
  const listId = useId();
  const gameLabel = GAMES.find((g) => g.id === game)?.label ?? String(game);

  const switchGame = (next: GameId) => {
    if (next === game) return;
    selection.clear();
    deposit.reset();
    setGame(next);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Deposit items</h2>

      <div role="group" aria-label="Game">
        {GAMES.map((g) => (
          <button key={g.id} type="button" aria-pressed={g.id === game} onClick={() => switchGame(g.id)}>
            {g.label}
          </button>
        ))}
      </div>

      <p>
        {inventory.updatedAt
          ? `Inventory updated ${Math.max(0, Math.floor((now - inventory.updatedAt.getTime()) / 60_000))} min ago. `
          : null}
        <button type="button" onClick={() => void inventory.refresh()} disabled={!inventory.canRefresh || inventory.isFetching}>
          Refresh
        </button>
        {inventory.refreshAvailableAt ? ` You can refresh again at ${inventory.refreshAvailableAt.toLocaleTimeString()}.` : null}
      </p>

      <div role="status">{inventory.isLoading ? <p>Loading your {gameLabel} inventory…</p> : null}</div>

      {inventory.error ? (
        <div role="alert">
          <ErrorMessage error={inventory.error} />
        </div>
      ) : null}

      {!inventory.isLoading && !inventory.error && inventory.items.length === 0 ? (
        <p>Your {gameLabel} inventory has no items.</p>
      ) : null}

      {selection.priceChanges.length > 0 ? (
        <div role="alert">
          <p>Prices changed:</p>
          <ul>
            {selection.priceChanges.map((change) => (
              <li key={change.id}>{`${change.name}: ${formatCents(change.oldPriceCents)} → ${formatCents(change.newPriceCents)}`}</li>
            ))}
          </ul>
          <button type="button" onClick={selection.acknowledgeChanges}>
            OK
          </button>
        </div>
      ) : null}

      <section aria-labelledby={summaryId}>
        <h3 id={summaryId}>Your deposit</h3>
        <div aria-live="polite">
          <dl>
            <dt>Items</dt>
            <dd>{selection.count}</dd>
            <dt>Units</dt>
            <dd>{selection.units}</dd>
            <dt>Total payout</dt>
            <dd>{formatCents(selection.totalCents)}</dd>
            <dt>Market reference (not what you are paid)</dt>
            <dd>{formatCents(selection.marketTotalCents)}</dd>
            <dt>Credited instantly (estimate)</dt>
            <dd>{formatCents(selection.instantCreditCents)}</dd>
          </dl>
        </div>
        <button type="button" disabled={selection.count === 0 || deposit.isPending} onClick={() => void deposit.deposit().catch(() => {})}>
          {deposit.isPending ? 'Depositing…' : 'Deposit'}
        </button>
        <div role="status">
          {deposit.trade ? <p>{`Trade ${deposit.trade.id}: ${deposit.trade.status}`}</p> : null}
        </div>
        {deposit.error ? (
          <div role="alert">
            <ErrorMessage error={deposit.error} />
          </div>
        ) : null}
      </section>

      {inventory.items.length > 0 ? (
        <>
          <h3 id={listId}>{`${gameLabel} items`}</h3>
          <ul aria-labelledby={listId} aria-busy={inventory.isFetching}>
            {inventory.items.map((item) => (
              <ItemRow key={item.id} item={item} selection={selection} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
