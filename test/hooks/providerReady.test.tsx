import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { AssetPayProvider, useInventory } from '../../src/index.js';
import { installMock, row } from '../mock/helpers.js';

function Names() {
  const inventory = useInventory({ game: 730 });
  if (inventory.error) return <p role="alert">{inventory.error.key}</p>;
  return <p>{inventory.isLoading ? 'loading' : inventory.items.map((item) => item.name).join(', ')}</p>;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function show(ready: () => Promise<unknown>) {
  return render(
    <AssetPayProvider getToken={() => 'tok'} ready={ready} retry={0} refreshOnSessionStart={false} queryClient={new QueryClient()}>
      <Names />
    </AssetPayProvider>,
  );
}

describe('AssetPayProvider ready', () => {
  it('renders at once but sends no request until ready resolves, then loads', async () => {
    const mock = installMock({ inventories: { 730: [row('ready-1', 'AK-47 | Redline', 10)], 252490: [] } });
    const gate = deferred();
    const ready = vi.fn(() => gate.promise);
    show(ready);
    expect(screen.getByText('loading')).toBeInTheDocument();
    await waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(mock.requests).toHaveLength(0);
    gate.resolve();
    expect(await screen.findByText('AK-47 | Redline')).toBeInTheDocument();
    expect(mock.requests).toHaveLength(1);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('fails the waiting requests when ready rejects, and calls it again for the next request', async () => {
    const mock = installMock({ inventories: { 730: [row('ready-2', 'M4A1-S | Basilisk', 2.5)], 252490: [] } });
    const ready = vi.fn().mockRejectedValueOnce(new Error('worker file missing')).mockResolvedValue(undefined);
    const queryClient = new QueryClient();
    const view = (
      <AssetPayProvider getToken={() => 'tok'} ready={ready} retry={0} refreshOnSessionStart={false} queryClient={queryClient}>
        <Names />
      </AssetPayProvider>
    );
    render(view);
    expect(await screen.findByRole('alert')).toHaveTextContent('NETWORK_ERROR');
    expect(mock.requests).toHaveLength(0);
    await queryClient.refetchQueries();
    expect(await screen.findByText('M4A1-S | Basilisk')).toBeInTheDocument();
    expect(ready).toHaveBeenCalledTimes(2);
  });

  it('is not called while rendering, so a server render starts nothing', () => {
    const ready = vi.fn(async () => undefined);
    const html = renderToString(
      <AssetPayProvider getToken={() => 'tok'} ready={ready} queryClient={new QueryClient()}>
        <Names />
      </AssetPayProvider>,
    );
    expect(html).toContain('loading');
    expect(ready).not.toHaveBeenCalled();
  });
});
