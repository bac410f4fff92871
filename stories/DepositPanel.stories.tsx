import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { QueryClient } from '@tanstack/react-query';
import { DepositPanel, type DepositPanelProps } from '../src/components/index.js';
import { AssetPayProvider } from '../src/hooks/index.js';
import { formatCents, toCents, type GetTokenOptions } from '../src/core/index.js';
import { selectionStorageKey } from '../src/core/selection/persist.js';
import { activeMock, STORY_BASE_URLS, STORY_TOKEN, type AssetPayParameters } from '../.storybook/mockApi.js';
import { depositable, selectableCards } from './support/panel.js';

const meta = {
  title: 'Components/DepositPanel',
  component: DepositPanel,
  args: { onDeposited: fn(), height: 520 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DepositPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The panel as a site shows it, ready to use: pick items (mouse or keyboard), then Deposit. The
 * scripted deposits are under `Flows/Deposit`.
 */
export const Default: Story = {};

/** Search narrows the grid locally, as the user types. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid');
    await within(grid).findAllByRole('gridcell');
    const target = activeMock.inventory(730)[5]!;
    const word = target.name.split(' | ')[1] ?? target.name;
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search items' }), word);
    await waitFor(() => {
      const names = within(grid).getAllByRole('button').filter((b) => b.dataset.slot === 'item-card-toggle');
      expect(names.length).toBeGreaterThan(0);
      for (const button of names) expect(button.textContent!.toLowerCase()).toContain(word.toLowerCase());
    });
  },
};

/** Rust stacks: select one and step its quantity. */
export const Stackables: Story = {
  args: { defaultGame: 252490 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid');
    await within(grid).findAllByRole('gridcell');
    const wanted = activeMock.inventory(252490).find((row) => depositable(row) && Math.min(row.amount ?? 1, row.offer!.maxAmount ?? Infinity) >= 3)!;
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search items' }), wanted.name);
    await waitFor(async () => expect((await selectableCards(grid, 252490)).some(({ row }) => row.id === wanted.id)).toBe(true));
    const { button: card, row: stack } = (await selectableCards(grid, 252490)).find(({ row }) => row.id === wanted.id)!;
    await userEvent.click(card);
    const spin = await within(grid).findByRole('spinbutton', { name: `Quantity of ${stack.name}` });
    spin.focus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(() => expect(spin).toHaveAttribute('aria-valuenow', '3'));
    await waitFor(() => expect(canvasElement).toHaveTextContent(formatCents(3 * toCents(stack.offer!.price))));
  },
};

/** Keyboard only: tab into the grid, move, select a range, open the dialog. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid');
    const [first] = await selectableCards(grid);
    await userEvent.click(first!.button);
    await userEvent.click(first!.button);
    await expect(first!.button).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(first!.button).toHaveAttribute('aria-pressed', 'true');
    // Cards in reading order, as the arrows move through them.
    const cards = () => within(grid).getAllByRole('button').filter((button) => button.dataset.slot === 'item-card-toggle');
    const index = cards().indexOf(first!.button);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect(cards()[index + 3]).toHaveFocus();
    await userEvent.keyboard('{Shift>} {/Shift}');
    const range = cards().slice(index, index + 4);
    const inRange = (await selectableCards(grid)).filter(({ button }) => range.includes(button));
    for (const { button } of inRange) await expect(button).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{Tab}');
    await waitFor(() => expect(canvas.getByRole('button', { name: `Deposit ${inRange.length} items` })).toBeEnabled());
  },
};

const scenario = (name: NonNullable<AssetPayParameters['scenario']>, extra: Partial<AssetPayParameters> = {}) => ({
  assetpay: { scenario: name, ...extra } satisfies AssetPayParameters,
});

/** The token expired: one silent refresh and the inventory still loads. */
export const TokenExpired: Story = {
  tags: ['!autodocs'],
  parameters: scenario('default', { getToken: (options?: GetTokenOptions) => (options?.forceRefresh ? 'fresh-token' : 'expired-token') }),
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid');
    await expect((await within(grid).findAllByRole('gridcell')).length).toBeGreaterThan(0);
  },
};

/** The user's Steam inventory is private: what to do, in words. */
export const PrivateInventory: Story = {
  tags: ['!autodocs'],
  parameters: scenario('private'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(/privacy settings/);
  },
};

/** An empty inventory. */
export const Empty: Story = {
  tags: ['!autodocs'],
  parameters: scenario('empty'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No items in this inventory.')).toBeVisible();
  },
};

/** A slow API: the loading state first. */
export const SlowNetwork: Story = {
  tags: ['!autodocs'],
  parameters: scenario('slow'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading inventory…')).toBeVisible();
  },
};

/** 5,000 items: select all stops at the 250 cap. */
export const ManyItems5k: Story = {
  tags: ['!autodocs'],
  args: { perPage: 2000 },
  parameters: { assetpay: { counts: { 730: 5000 } } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid');
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', expect.stringMatching(/^\d{3,}$/)), { timeout: 15000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Select all' }));
    await expect(await canvas.findByRole('button', { name: 'Deposit 250 items' })).toBeEnabled();
  },
};

/** 20,000 items. */
export const ManyItems20k: Story = {
  tags: ['!autodocs'],
  args: { perPage: 2000 },
  parameters: { assetpay: { counts: { 730: 20000 } } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid');
    await waitFor(() => expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(1000), { timeout: 30000 });
    await expect(within(grid).getAllByRole('gridcell').length).toBeLessThan(100);
  },
};

const PERSIST_USER = '76561198000000042';

/** One page load: its own QueryClient and provider, as after a browser reload. */
function PageLoad(props: DepositPanelProps) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  useEffect(() => () => queryClient.clear(), [queryClient]);
  return (
    <AssetPayProvider getToken={() => STORY_TOKEN} baseUrl={STORY_BASE_URLS.co} queryClient={queryClient} userKey={PERSIST_USER} refreshOnSessionStart={false}>
      <DepositPanel {...props} persistSelection />
    </AssetPayProvider>
  );
}

/** The panel with a button that throws it away and mounts a new one, like reloading the page. */
function ReloadablePanel(props: DepositPanelProps) {
  const [load, setLoad] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setLoad((count) => count + 1)}>
        Simulate page reload
      </button>
      <PageLoad key={load} {...props} />
    </>
  );
}

/** `persistSelection`: the selection is kept in sessionStorage per Steam user and game and survives a reload. */
export const PersistedSelection: Story = {
  tags: ['!autodocs'],
  // Its own provider points at the .co fake API, so the story keeps that variant.
  parameters: { assetpay: { variant: 'co' } satisfies AssetPayParameters },
  render: (args) => <ReloadablePanel {...args} />,
  beforeEach: () => {
    const forget = () => [730, 252490].forEach((game) => sessionStorage.removeItem(selectionStorageKey(PERSIST_USER, game)));
    forget();
    return forget;
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const [picked] = await selectableCards(await canvas.findByRole('grid', { name: 'Inventory' }));
    const payout = formatCents(toCents(picked!.row.offer!.price));
    await step('select an item', async () => {
      await userEvent.click(picked!.button);
      await expect(await canvas.findByRole('button', { name: 'Deposit 1 item' })).toBeEnabled();
    });
    await step('reload: a new QueryClient, provider and panel', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Simulate page reload' }));
      await expect(picked!.button).not.toBeInTheDocument();
      // Restored before the first paint: the summary never shows an empty selection.
      await expect(canvas.getByRole('button', { name: 'Deposit 1 item' })).toBeEnabled();
      await expect(canvasElement).toHaveTextContent(payout);
    });
    await step('the restored item is selected in the fresh grid', async () => {
      const grid = await canvas.findByRole('grid', { name: 'Inventory' });
      await waitFor(async () => {
        const card = (await selectableCards(grid)).find(({ row }) => row.id === picked!.row.id);
        await expect(card?.button).toHaveAttribute('aria-pressed', 'true');
      });
      await expect(canvas.getByRole('button', { name: 'Deposit 1 item' })).toBeEnabled();
    });
  },
};

export const Light: Story = { args: { theme: { preset: 'light' } } };
export const Dark: Story = { args: { theme: { preset: 'dark' } } };
export const CustomTheme: Story = {
  args: { theme: { preset: 'dark', variables: { accent: '#f5b841', accentText: '#111111', radius: '2px', background: '#101820', fontFamily: 'Georgia, serif' } } },
};
export const Unstyled: Story = { args: { unstyled: true } };
