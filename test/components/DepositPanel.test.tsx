import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AssetPayProvider, DepositPanel, parseInventoryItems, type DepositPanelProps } from '../../src/index.js';
import { createMockAssetPay } from '../../src/mock/index.js';
import { server } from '../server.js';

function setup(props: Partial<DepositPanelProps> = {}) {
  const mock = createMockAssetPay({ seed: 4 });
  server.use(...mock.handlers);
  const user = userEvent.setup();
  render(
    <AssetPayProvider getToken={() => 'tok'} queryClient={new QueryClient()} refreshOnSessionStart={false} retry={0} refreshCooldownMs={60_000}>
      <DepositPanel height={600} {...props} />
    </AssetPayProvider>,
  );
  return { mock, user };
}

const toggles = () => screen.getAllByRole('button').filter((button) => button.dataset.slot === 'item-card-toggle' && !button.closest('[hidden]'));
const gridOf = () => screen.getAllByRole('grid').find((grid) => !grid.closest('[hidden]'))!;

describe('DepositPanel', () => {
  it('searches locally: no request per keystroke', async () => {
    const { mock, user } = setup();
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
    const requests = mock.requests.length;
    const target = mock.inventory(730)[3]!;
    const word = target.name.split(' | ')[1] ?? target.name;
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), word);
    await waitFor(() => expect(toggles().every((button) => button.textContent!.toLowerCase().includes(word.toLowerCase()))).toBe(true));
    expect(toggles().length).toBeGreaterThan(0);
    expect(mock.requests.length).toBe(requests);
  });

  it('hides items that cannot be deposited when asked', async () => {
    const { user } = setup();
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
    expect(toggles().some((button) => button.getAttribute('aria-disabled') === 'true')).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Hide items that cannot be deposited' }));
    await waitFor(() => expect(toggles().every((button) => button.getAttribute('aria-disabled') !== 'true')).toBe(true));
  });

  it('filters by quality and sorts by price both ways', async () => {
    const { mock, user } = setup();
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quality' }), 'StatTrak™');
    await waitFor(() => expect(toggles().every((button) => button.textContent!.includes('StatTrak™'))).toBe(true));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quality' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'price-asc');
    const cheapest = parseInventoryItems(mock.inventory(730)).items.filter((item) => item.offer).sort((a, b) => a.offer!.priceCents - b.offer!.priceCents)[0]!;
    await waitFor(() => expect(toggles()[0]).toHaveAccessibleName(new RegExp(`^${cheapest.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
  });

  it('keeps each game’s selection across a game switch', async () => {
    const { user } = setup();
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
    const first = toggles().find((button) => button.getAttribute('aria-disabled') !== 'true')!;
    await user.click(first);
    await user.click(screen.getByRole('button', { name: 'Rust', pressed: false }));
    await within(gridOf()).findAllByRole('gridcell');
    expect(screen.getAllByRole('button', { name: 'Rust', pressed: true }).length).toBeGreaterThan(0);
    await user.click(screen.getAllByRole('button', { name: 'CS2', pressed: false }).find((button) => !button.closest('[hidden]'))!);
    await waitFor(() => expect(first).toHaveAttribute('aria-pressed', 'true'));
  });

  it('refreshes with refresh=true once, then shows the cooldown', async () => {
    const { mock, user } = setup();
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Refresh in \d+ sec$/ })).toBeDisabled());
    expect(mock.requests.filter((request) => request.url.includes('refresh=true'))).toHaveLength(1);
  });

  it('puts the grid in a region named by its heading, so a screen reader can jump to it', async () => {
    setup();
    const region = screen.getByRole('region', { name: 'Your items' });
    const heading = screen.getByRole('heading', { name: 'Your items', level: 2 });
    expect(region).toContainElement(heading);
    expect(region).toContainElement(await screen.findByRole('grid', { name: 'Inventory' }));
    // Inside the panel's own region, after the toolbar.
    expect(screen.getByRole('region', { name: 'Deposit items' })).toContainElement(region);
    expect(within(region).queryByRole('searchbox')).toBeNull();
  });

  it('forwards its ref to the root and spreads DOM props there: className merged, our data-slot kept, handlers called', async () => {
    const ref = createRef<HTMLElement>();
    const onKeyDown = vi.fn();
    const props = { className: 'mine', 'data-testid': 'panel', 'data-slot': 'theirs', 'aria-describedby': 'help', onKeyDown, headingLevel: 3 as const };
    setup({ ref, ...props } as Partial<DepositPanelProps>);
    const root = screen.getByTestId('panel');
    expect(ref.current).toBe(root);
    expect(root).toBe(screen.getByRole('region', { name: 'Deposit items' }));
    expect(root).toHaveAttribute('data-slot', 'deposit-panel');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root.className).toBe('ap-DepositPanel-root mine');
    expect(screen.getByRole('heading', { name: 'Your items', level: 3 })).toBeInTheDocument();
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search items' }), { key: 'a' });
    expect(onKeyDown).toHaveBeenCalledOnce();
  });

  it('takes a controlled game: a switch asks through onGameChange', async () => {
    const onGameChange = vi.fn();
    const { user } = setup({ game: 252490, onGameChange });
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
    await user.click(screen.getByRole('button', { name: 'CS2', pressed: false }));
    expect(onGameChange).toHaveBeenCalledWith(730);
    expect(screen.getByRole('button', { name: 'Rust', pressed: true })).toBeInTheDocument();
  });
});
