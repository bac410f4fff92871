// Helpers of the stories that drive a DepositPanel against the fake API.
import { within } from 'storybook/test';
import { CS2, formatCents, toCents, type GameId } from '../../src/core/index.js';
import type { RawInventoryItem } from '../../src/mock/index.js';
import { activeMock } from '../../.storybook/mockApi.js';

/** A row the fake API would let the user deposit. */
export const depositable = (row: RawInventoryItem) => row.tradable && row.accepted !== false && !!row.offer && row.offer.price > 0;

/** The whole page: the dialog is portalled out of the story's canvas. */
export const body = () => within(document.body);

/** Card buttons the grid renders now that can be selected, with the fake API's row behind each. */
export async function selectableCards(grid: HTMLElement, game: GameId = CS2) {
  await within(grid).findAllByRole('gridcell');
  return within(grid)
    .getAllByRole('button')
    .filter((button) => button.dataset.slot === 'item-card-toggle' && button.getAttribute('aria-disabled') !== 'true')
    .map((button) => {
      const id = button.closest<HTMLElement>('[data-item-id]')!.dataset.itemId;
      return { button, row: activeMock.inventory(game).find((row) => row.id === id)! };
    });
}

/** The card button of a raw row: its name and payout, as the grid names it. */
export function cardName(row: RawInventoryItem): RegExp {
  // Chrome puts a space before the visually hidden ", You get"; jsdom does not.
  return new RegExp(`^${escape(row.name)} ?, You get ${escape(formatCents(toCents(row.offer!.price)))}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
