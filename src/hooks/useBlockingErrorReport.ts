import { useEffect } from 'react';
import type { AssetPayError } from '../core/index.js';
import type { AssetPayContextValue } from './context.js';

/** Tells the provider's `onBlockingError` about a query's blocking error (once per error object). */
export function useBlockingErrorReport(ctx: AssetPayContextValue, error: AssetPayError | null | undefined): void {
  useEffect(() => {
    if (error) ctx.reportBlockingError?.(error);
  }, [ctx, error]);
}
