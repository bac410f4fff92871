// Every locale pack at 1280 and 375 px: no text clipped and nothing sticking out of the toolbar,
// the cards, the summary or the dialog. German and Russian run longest; all packs are checked.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import '../../src/styles/index.css';
import { AssetPayProvider, DepositPanel, type Labels } from '../../src/index.js';
import { createMockAssetPay, startMockWorker } from '../../src/mock/index.js';
import { PACKS, en } from '../locales/support.js';

const mock = createMockAssetPay({ seed: 5 });

beforeAll(async () => {
  await startMockWorker(mock, { serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
});
afterEach(async () => {
  cleanup();
  mock.reset();
  await page.viewport(1280, 900);
});

const near = 1; // px of rounding

/** Inside a visually hidden element (text for screen readers only), or not rendered. */
function unseen(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
  }
  return element.getClientRects().length === 0;
}

const hasOwnText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
const describeElement = (element: Element) =>
  `<${element.tagName.toLowerCase()}${element.getAttribute('data-slot') ? ` data-slot=${element.getAttribute('data-slot')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;

/**
 * Text that is clipped (wider than its own box while overflow hides it) or sticks out of `root`
 * sideways (and, with `vertical`, up or down). Item names are clamped to two lines on purpose: skipped.
 */
function layoutProblems(root: HTMLElement, vertical: boolean): string[] {
  const box = root.getBoundingClientRect();
  const problems: string[] = [];
  if (root.scrollWidth > root.clientWidth + near) problems.push(`${describeElement(root)} scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (!(hasOwnText(element) || /^(BUTTON|SELECT|INPUT)$/.test(element.tagName)) || unseen(element, root)) continue;
    if (element.closest('[data-slot="item-card-name"]')) continue;
    const rect = element.getBoundingClientRect();
    const out = rect.left < box.left - near || rect.right > box.right + near || (vertical && (rect.top < box.top - near || rect.bottom > box.bottom + near));
    if (out) problems.push(`${describeElement(element)} sticks out of ${describeElement(root)}`);
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' && element.tagName !== 'SELECT' && element.scrollWidth > element.clientWidth + near) problems.push(`${describeElement(element)} is clipped`);
  }
  return problems;
}

const WIDTHS = [1280, 375] as const;
const CASES = Object.entries({ en, ...PACKS }).flatMap(([tag, labels]) => WIDTHS.map((width) => [tag, width, labels] as [string, number, Labels]));

describe('locale packs keep the layout whole', () => {
  it.each(CASES)('%s at %i px: toolbar, cards, summary and dialog', async (_tag, width, labels) => {
    await page.viewport(width, 900);
    document.body.style.margin = '0';
    render(
      <AssetPayProvider getToken={() => 'browser-token'} queryClient={new QueryClient()} refreshOnSessionStart={false}>
        <DepositPanel labels={labels} height={560} />
      </AssetPayProvider>,
    );
    const grid = await screen.findByRole('grid', { name: labels.inventory }, { timeout: 10_000 });
    await within(grid).findAllByRole('gridcell', {}, { timeout: 10_000 });
    const usable = within(grid)
      .getAllByRole('button')
      .filter((button) => button.dataset.slot === 'item-card-toggle' && button.getAttribute('aria-disabled') !== 'true');
    usable[0]!.click();
    usable[1]!.click();
    const trigger = await screen.findByRole('button', { name: labels.depositCount(2) });

    const panel = document.querySelector<HTMLElement>('[data-slot="deposit-panel"]')!;
    const toolbar = panel.querySelector<HTMLElement>('[data-slot="deposit-panel-toolbar"]')!;
    const summary = panel.querySelector<HTMLElement>('[data-slot="deposit-summary"]')!;
    const cards = [...grid.querySelectorAll<HTMLElement>('[data-slot="item-card"]')].filter((card) => card.getBoundingClientRect().bottom <= grid.getBoundingClientRect().bottom);
    expect(cards.length).toBeGreaterThan(0);
    const problems = [
      ...layoutProblems(panel, false),
      ...layoutProblems(toolbar, false),
      ...layoutProblems(summary, false),
      ...cards.flatMap((card) => layoutProblems(card, true)),
    ];

    trigger.click();
    const dialog = await screen.findByRole('dialog', { name: labels.confirmTitle });
    await expect.poll(() => within(dialog).queryAllByRole('rowheader').length).toBe(2);
    problems.push(...layoutProblems(dialog, false));
    expect(problems).toEqual([]);
  });
});
