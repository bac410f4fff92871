import { describe, expectTypeOf, it } from 'vitest';
import {
  AssetPayError,
  useDeposit,
  useDepositSelection,
  useInventory,
  type ApiErrorKey,
  type AssetPayErrorKey,
  type DepositRequest,
  type DisabledReason,
  type InventoryItem,
  type SelectedLine,
  type Trade,
} from '../../src/index.js';
import * as core from '../../src/core/index.js';

describe('public API types', () => {
  it('types error keys as the documented union, still open to keys a newer API sends', () => {
    expectTypeOf<AssetPayError['key']>().toEqualTypeOf<AssetPayErrorKey>();
    expectTypeOf<'PRICE_CHANGED'>().toExtend<ApiErrorKey>();
    expectTypeOf<'DEPOSIT_UNCONFIRMED'>().toExtend<AssetPayErrorKey>();
    expectTypeOf<'SOMETHING_NEW'>().toExtend<AssetPayErrorKey>();
    // @ts-expect-error a misspelt documented key is not an ApiErrorKey
    expectTypeOf<'PRICE_CHANGE'>().toExtend<ApiErrorKey>();
  });

  it('types useInventory', () => {
    type Result = ReturnType<typeof useInventory>;
    expectTypeOf<Result['items']>().toEqualTypeOf<InventoryItem[]>();
    expectTypeOf<Result['error']>().toEqualTypeOf<AssetPayError | null>();
    expectTypeOf<Result['updatedAt']>().toEqualTypeOf<Date | null>();
    expectTypeOf<Result['refresh']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf(useInventory).parameter(0).toMatchTypeOf<{ game?: 730 | 252490; perPage?: number; enabled?: boolean } | undefined>();
  });

  it('types useDepositSelection', () => {
    type Result = ReturnType<typeof useDepositSelection>;
    expectTypeOf<Result['selectedItems']>().toEqualTypeOf<SelectedLine[]>();
    expectTypeOf<Result['getDisabledReason']>().returns.toEqualTypeOf<DisabledReason | null>();
    expectTypeOf<DisabledReason>().toEqualTypeOf<'not-tradable' | 'not-accepted' | 'no-offer' | 'limit'>();
    expectTypeOf<Result['toDepositRequest']>().returns.toEqualTypeOf<DepositRequest>();
    expectTypeOf<Result['totalCents']>().toBeNumber();
  });

  it('types the deposit body and the deposit hook', () => {
    expectTypeOf<DepositRequest['game']>().toEqualTypeOf<'730' | '252490'>();
    expectTypeOf<DepositRequest['items'][number]['offer']>().toEqualTypeOf<{ price: number; reference?: string }>();
    expectTypeOf<ReturnType<typeof useDeposit>['deposit']>().returns.toEqualTypeOf<Promise<Trade>>();
  });

  it('types AssetPayError and the core helpers', () => {
    expectTypeOf<AssetPayError['key']>().toBeString();
    expectTypeOf<AssetPayError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AssetPayError['outcomeUnknown']>().toBeBoolean();
    expectTypeOf(core.steamIconUrl).returns.toEqualTypeOf<string | null>();
    expectTypeOf(core.maxDepositAmount).parameter(0).toEqualTypeOf<InventoryItem>();
  });
});
