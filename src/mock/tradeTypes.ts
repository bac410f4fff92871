import type { GameWire } from '../core/games.js';
import type { RawInventoryItem } from './generator.js';
import type { RawGgInventoryItem } from './ggRows.js';

/** `.co` trade statuses, UPPERCASE (assetpay-api.md §3.3). */
export type MockCoTradeStatus = 'INITIATED' | 'PENDING' | 'ACTIVE' | 'ESCROW' | 'HOLD' | 'COMPLETED' | 'FAILED' | 'REVERTED' | 'PARTIAL';

/** `.gg` trade statuses, lower case (assetpay-api.md §3.3). */
export type MockGgTradeStatus = 'initiated' | 'pending' | 'active' | 'hold' | 'completed' | 'failed' | 'canceled' | 'declined' | 'reverted';

/** A trade status of either variant; a mock accepts only its own variant's spelling. */
export type MockTradeStatus = MockCoTradeStatus | MockGgTradeStatus;

/** Every `.co` status, for telling the variants' spellings apart. */
export const CO_STATUSES: ReadonlySet<string> = new Set<MockCoTradeStatus>([
  'INITIATED',
  'PENDING',
  'ACTIVE',
  'ESCROW',
  'HOLD',
  'COMPLETED',
  'FAILED',
  'REVERTED',
  'PARTIAL',
]);

/** Every `.gg` status. */
export const GG_STATUSES: ReadonlySet<string> = new Set<MockGgTradeStatus>([
  'initiated',
  'pending',
  'active',
  'hold',
  'completed',
  'failed',
  'canceled',
  'declined',
  'reverted',
]);

/** A deposited row as a trade lists it: the variant's inventory row shape. */
export type MockTradeItem = RawInventoryItem | RawGgInventoryItem;

/** A trade created by the fake deposit endpoint, in the wire shape of the mock's variant. */
export interface MockTrade {
  id: string;
  /** `'DEPOSIT'` on `.co`, `'deposit'` on `.gg`. */
  type: 'DEPOSIT' | 'deposit';
  /** `.gg` only: `'client'` for the end-user flow. */
  source?: 'client';
  status: MockTradeStatus;
  game: GameWire;
  /** Inventory rows as deposited (the variant's shape), with `amount` set to the deposited units. */
  items: MockTradeItem[];
  /** USD, Σ price × amount. */
  totalPrice: number;
  isInstant: boolean;
  preCredit: number;
  pendingCredit: number;
  externalId?: string;
  /** SteamID64 of the user the trade belongs to (note the capital `ID`, as on the wire). */
  clientSteamID: string;
  botInfo: { name: string };
  /** Steam offer id (digits), from `.co` PENDING / `.gg` active on. */
  offerID?: string;
  /** End of Steam's trade protection, set when the trade enters hold. */
  holdEndDate?: string;
  /** Failure reason on failed: free text on `.co`, an enum value (e.g. `OFFER_NOT_ACCEPTED`) on `.gg`. */
  error?: string;
  /** Who reversed it, on reverted. */
  revertedBy?: 'supplier' | 'user';
  createdAt: string;
  updatedAt: string;
}
