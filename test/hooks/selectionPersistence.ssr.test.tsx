// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';

describe('selection persistence on a server', () => {
  it('renders to a string without touching window or storage', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const lib = await import('../../src/index.js');
    function Summary() {
      const selection = lib.useDepositSelection({ game: 730, persist: true });
      return <p>{`selected ${selection.count}`}</p>;
    }
    const html = renderToString(
      <lib.AssetPayProvider getToken={() => 'token'} userKey="76561198000000001" queryClient={new QueryClient()}>
        <Summary />
      </lib.AssetPayProvider>,
    );
    expect(html).toContain('selected 0');
  });
});
