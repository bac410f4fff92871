import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DepositPanel } from '../src/components/index.js';
import type { Labels } from '../src/components/shared/labels.js';
import { body, selectableCards } from './support/panel.js';

// The panel in each locale pack, one item picked and the confirm dialog open, so axe checks every
// pack's markup (a `lang` on the panel and on the portalled dialog, names in that language). Any
// other story speaks the language of the toolbar's "Language" switch.

const meta = {
  title: 'Locales/Deposit panel',
  component: DepositPanel,
  args: { height: 520 },
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
} satisfies Meta<typeof DepositPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

function inLocale(locale: string): Story {
  return {
    parameters: { locale },
    play: async ({ canvasElement, loaded }) => {
      const labels = loaded.labels as Labels;
      const canvas = within(canvasElement);
      const panel = canvas.getByRole('region', { name: labels.depositPanel });
      await expect(panel).toHaveAttribute('lang', labels.locale);
      const grid = await canvas.findByRole('grid', { name: labels.inventory });
      const [first] = await selectableCards(grid);
      await userEvent.click(first!.button);
      const trigger = canvas.getByRole('button', { name: labels.depositCount(1) });
      await waitFor(() => expect(trigger).toBeEnabled());
      await userEvent.click(trigger);
      const dialog = await body().findByRole('dialog', { name: labels.confirmTitle });
      await expect(dialog).toHaveAttribute('lang', labels.locale);
      await expect(within(dialog).getByRole('button', { name: labels.confirm })).toBeEnabled();
    },
  };
}

export const English = inLocale('en');
export const Russian = inLocale('ru');
export const Ukrainian = inLocale('uk');
export const Polish = inLocale('pl');
export const German = inLocale('de');
export const French = inLocale('fr');
export const Spanish = inLocale('es');
export const PortugueseBrazil = { ...inLocale('pt-BR'), name: 'Portuguese (Brazil)' };
export const Turkish = inLocale('tr');
export const ChineseSimplified = { ...inLocale('zh-CN'), name: 'Chinese (Simplified)' };

/** Right to left (no RTL pack yet): the layout mirrors through logical CSS, and the arrow keys follow what the user sees. */
export const RightToLeft: Story = {
  name: 'Right to left',
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid');
    await within(grid).findAllByRole('gridcell');
    const [a, b] = within(within(grid).getAllByRole('row')[0]!).getAllByRole('gridcell').map((cell) => cell.getBoundingClientRect());
    // The first item of a row is on the right.
    await expect(a!.left).toBeGreaterThan(b!.left);
    const search = within(canvasElement).getByRole('searchbox');
    const sort = within(canvasElement).getByRole('combobox', { name: 'Sort' });
    await expect(search.getBoundingClientRect().left).toBeGreaterThan(sort.getBoundingClientRect().left);
  },
};
