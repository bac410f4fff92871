// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';

describe('server rendering', () => {
  it('imports without a window and renders the provider and hooks to a string', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const lib = await import('../../src/index.js');
    function Panel() {
      const inventory = lib.useInventory();
      const selection = lib.useDepositSelection({ items: inventory.items });
      return <p>{`${inventory.isLoading ? 'loading' : 'ready'} ${selection.count}`}</p>;
    }
    const html = renderToString(
      <lib.AssetPayProvider getToken={() => 'token'} queryClient={new QueryClient()}>
        <Panel />
      </lib.AssetPayProvider>,
    );
    expect(html).toContain('loading 0');
  });
});
