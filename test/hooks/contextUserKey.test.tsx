import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AssetPayProvider, useAssetPay } from '../../src/index.js';

const wrap = (userKey?: string) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <AssetPayProvider getToken={() => 'secret-token'} userKey={userKey} realtime={false}>
        {children}
      </AssetPayProvider>
    );
  };

describe('the context user key', () => {
  it('is a named field, also in the query scope, and never the token', () => {
    const { result } = renderHook(() => useAssetPay(), { wrapper: wrap('steam-7656') });
    expect(result.current.userKey).toBe('steam-7656');
    expect(result.current.scope).toContain('steam-7656');
    expect(JSON.stringify([result.current.userKey, result.current.scope])).not.toContain('secret-token');
  });

  it('is null when the site gives none', () => {
    const { result } = renderHook(() => useAssetPay(), { wrapper: wrap() });
    expect(result.current.userKey).toBeNull();
  });
});
