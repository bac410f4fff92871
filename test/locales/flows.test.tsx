// A Russian and a Polish deposit, as their users see them: plural forms on the deposit button,
// money and dates in the locale's format, prices typed with the locale's separators, Steam's own
// names for exteriors.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AssetPayProvider, DepositPanel, type Labels } from '../../src/index.js';
import { createMockAssetPay } from '../../src/mock/index.js';
import { ru } from '../../src/locales/ru.js';
import { pl } from '../../src/locales/pl.js';
import { exteriorNames as ruExteriors } from '../../src/locales/steam/ru.js';
import { server } from '../server.js';

function setup(labels: Labels) {
  const mock = createMockAssetPay({ seed: 4 });
  server.use(...mock.handlers);
  render(
    <AssetPayProvider getToken={() => 'tok'} queryClient={new QueryClient()} refreshOnSessionStart={false} retry={0} refreshCooldownMs={60_000}>
      <DepositPanel height={600} labels={labels} />
    </AssetPayProvider>,
  );
  return { mock, user: userEvent.setup() };
}

const cards = (grid: HTMLElement) => within(grid).getAllByRole('button').filter((button) => button.dataset.slot === 'item-card-toggle');
const usable = (grid: HTMLElement) => cards(grid).filter((button) => button.getAttribute('aria-disabled') !== 'true');
// Intl puts no-break spaces in groups and before the symbol; the DOM text is compared with plain spaces.
const money = (locale: string, amount: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(amount).replace(/\s/g, ' ');
/** The payout a card shows, read back as a number in the locale (`1 234,50 $` → 1234.5). */
const payoutOf = (card: HTMLElement) => Number(/\d[\d\s]*,\d\d/.exec(card.querySelector('[data-slot="item-card-price"]')!.textContent!)![0].replace(/\s/g, '').replace(',', '.'));
const priced = (grid: HTMLElement) => cards(grid).filter((card) => card.querySelector('[data-slot="item-card-price"]'));

describe.each([
  ['ru', ru, ['Внести 1 предмет', 'Внести 2 предмета', 'Внести 5 предметов'], /около \d{1,2} [а-я]+\.? \d{4} г\./],
  ['pl', pl, ['Wpłać 1 przedmiot', 'Wpłać 2 przedmioty', 'Wpłać 5 przedmiotów'], /około \d{1,2} [a-ząćęłńóśźż]+ \d{4}/],
] as const)('a deposit in %s', (tag, labels, buttons, creditDate) => {
  it('money in the locale, plural forms on the button, the credit date in words of the language', async () => {
    const { mock, user } = setup(labels);
    const grid = await screen.findByRole('grid', { name: labels.inventory });
    await within(grid).findAllByRole('gridcell');
    const shown = usable(grid)[0]!;
    const row = mock.inventory(730).find((raw) => raw.id === shown.closest<HTMLElement>('[data-item-id]')!.dataset.itemId)!;
    expect(shown.closest('[data-item-id]')).toHaveTextContent(money(tag, row.offer!.price));

    const picks = usable(grid).slice(0, 5);
    const trigger = () => screen.getByRole('button', { name: new RegExp(`^${labels.depositCount(1).split(' ')[0]}`) });
    await user.click(picks[0]!);
    await waitFor(() => expect(trigger()).toHaveTextContent(buttons[0]));
    await user.click(picks[1]!);
    await waitFor(() => expect(trigger()).toHaveTextContent(buttons[1]));
    for (const card of picks.slice(2)) await user.click(card);
    await waitFor(() => expect(trigger()).toHaveTextContent(buttons[2]));

    await user.click(trigger());
    const dialog = await screen.findByRole('dialog', { name: labels.confirmTitle });
    expect(dialog).toHaveTextContent(creditDate);
    expect(within(dialog).getAllByRole('rowheader')).toHaveLength(5);
  });

  it('reads a typed minimum price with the locale’s decimal comma and space groups', async () => {
    const { user } = setup(labels);
    const grid = await screen.findByRole('grid', { name: labels.inventory });
    await within(grid).findAllByRole('gridcell');
    await user.selectOptions(screen.getByRole('combobox', { name: labels.sort }), 'price-asc');
    await waitFor(() => expect(payoutOf(priced(grid)[0]!)).toBeLessThan(5.5));
    const min = screen.getByRole('textbox', { name: labels.minPrice });
    await user.type(min, '5,5');
    await waitFor(() => expect(payoutOf(priced(grid)[0]!)).toBeGreaterThanOrEqual(5.5));
    expect(priced(grid).every((card) => payoutOf(card) >= 5.5)).toBe(true);
    await user.clear(min);
    await user.type(min, '1 000 000,00');
    await screen.findByText(labels.emptyFiltered);
  });
});

it('shows exteriors by Steam’s own Russian names, and filters by the value the API sends', async () => {
  const { mock, user } = setup(ru);
  const grid = await screen.findByRole('grid', { name: ru.inventory });
  await within(grid).findAllByRole('gridcell');
  const select = screen.getByRole('combobox', { name: ru.exterior });
  const option = within(select).getByRole('option', { name: ruExteriors['Field-Tested']! });
  expect(option).toHaveValue('Field-Tested');
  await user.selectOptions(select, option);
  const exteriorOf = (card: HTMLElement) => card.closest('[data-item-id]')!.querySelector('[data-slot="item-card-exterior"]')?.textContent;
  await waitFor(() => expect(new Set(cards(grid).map(exteriorOf))).toEqual(new Set([ruExteriors['Field-Tested']])));
  expect(mock.inventory(730).some((row) => row.exterior === 'Field-Tested')).toBe(true);
  // The float in the locale's digits too.
  const wear = cards(grid)[0]!.closest('[data-item-id]')!.querySelector('[data-slot="wear-value"]')!;
  expect(wear.textContent).toMatch(/^Износ 0,\d{4}$/);
});
