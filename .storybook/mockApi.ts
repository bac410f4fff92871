// The fake AssetPay API every story talks to, shared by preview.tsx and the play functions
// (which read its live rows to compute expected values independently of the UI).
import {
  createMockAssetPay,
  type FailNextOptions,
  type MockAssetPay,
  type MockAssetPayOptions,
  type MockErrorKey,
  type MockScenario,
} from '../src/mock/index.js';
import type { ApiVariant, GetToken } from '../src/core/index.js';

/** Seed of the shared fake API. */
export const DEFAULT_SEED = 7;

/** The one fake API the service worker serves (seed 7). */
export const mock: MockAssetPay = createMockAssetPay({ seed: DEFAULT_SEED, tradeProgress: 'auto' });

/** Token the stories send unless `parameters.assetpay.getToken` says otherwise. */
export const STORY_TOKEN = 'storybook-client-token';

/** Base URL the provider in preview.tsx points at, per API variant (the toolbar's "API" switch). */
export const STORY_BASE_URLS: Readonly<Record<ApiVariant, string>> = { co: 'https://api.assetpay.co', gg: 'https://api.assetpay.gg' };

/** Mock options a story may set; the rest are the shared defaults. */
export type StoryMockOptions = Pick<MockAssetPayOptions, 'details' | 'exposeHeaders' | 'maxPageSize' | 'tradeListingLag' | 'instantDeposits'>;

/** `parameters.assetpay` of a story. */
export interface AssetPayParameters {
  /** Scenario of the fake API for this story. @default 'default' */
  scenario?: MockScenario;
  /** Token source for the provider. @default () => STORY_TOKEN */
  getToken?: GetToken;
  /** Another seed gives another (deterministic) inventory. @default 7 */
  seed?: number;
  /** Inventory sizes, e.g. `{ 730: 20000 }` for the large-inventory stories. */
  counts?: { 730?: number; 252490?: number };
  /** Failures to queue with `failNext` once the story's state is set, e.g. `[['RATE_LIMITED', { endpoint: 'deposit', retryAfter: 30 }]]`. */
  failNext?: ReadonlyArray<readonly [MockErrorKey, FailNextOptions?]>;
  /** Answers to lose with `dropNext`, e.g. `[{ endpoint: 'deposit', afterProcessing: true }]`. */
  dropNext?: ReadonlyArray<Parameters<MockAssetPay['dropNext']>[0]>;
  /** Pins the API variant for this story, whatever the toolbar says. @default the toolbar's choice ('co') */
  variant?: ApiVariant;
  /** Other options of the fake API for this story. */
  mock?: StoryMockOptions;
}

const bySettings = new Map<string, MockAssetPay>([[JSON.stringify([DEFAULT_SEED, null, 'co', {}]), mock]]);

/** The fake API for a seed, sizes, variant and options; the defaults' is {@link mock}. */
export function mockFor(
  seed: number = DEFAULT_SEED,
  counts?: AssetPayParameters['counts'],
  variant: ApiVariant = 'co',
  options: StoryMockOptions = {},
): MockAssetPay {
  const key = JSON.stringify([seed, counts ?? null, variant, options]);
  let found = bySettings.get(key);
  if (!found) {
    found = createMockAssetPay({ ...options, seed, counts, variant, tradeProgress: 'auto' });
    bySettings.set(key, found);
  }
  return found;
}

/** The fake API serving the story that runs now (set by the loader in preview.tsx). */
export let activeMock: MockAssetPay = mock;

/** Called by the loader only. */
export function setActiveMock(next: MockAssetPay): void {
  activeMock = next;
}
