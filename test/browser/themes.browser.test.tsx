import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { QueryClient } from '@tanstack/react-query';
import '../../src/styles/index.css';
import { AssetPayProvider, DepositPanel, type AssetPayTheme } from '../../src/index.js';
import { createMockAssetPay, startMockWorker } from '../../src/mock/index.js';

const mock = createMockAssetPay({ seed: 5 });

beforeAll(async () => {
  await startMockWorker(mock, { serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
});
afterEach(() => {
  cleanup();
  mock.reset();
});

const themes: [string, AssetPayTheme][] = [
  ['dark', { preset: 'dark' }],
  ['light', { preset: 'light' }],
  ['custom', { preset: 'light', variables: { accent: '#8a2be2', accentText: '#ffffff', radius: '16px', fontFamily: 'Georgia, serif' } }],
];

describe('themes in a real browser', () => {
  it.each(themes)('renders the %s theme with no axe violations and saves a screenshot for review', async (name, theme) => {
    document.body.style.margin = '0';
    render(
      <AssetPayProvider getToken={() => 'browser-token'} queryClient={new QueryClient()} refreshOnSessionStart={false}>
        <div style={{ width: 1100 }}>
          <DepositPanel theme={theme} height={460} />
        </div>
      </AssetPayProvider>,
    );
    const grid = await screen.findByRole('grid', { name: 'Inventory' }, { timeout: 10_000 });
    await within(grid).findAllByRole('gridcell', {}, { timeout: 10_000 });
    const usable = within(grid)
      .getAllByRole('button')
      .filter((button) => button.dataset.slot === 'item-card-toggle' && button.getAttribute('aria-disabled') !== 'true');
    usable[0]!.click();
    usable[1]!.click();
    await expect.poll(() => screen.getByRole('button', { name: 'Deposit 2 items' })).toBeTruthy();

    const panel = document.querySelector<HTMLElement>('[data-slot="deposit-panel"]')!;
    expect(panel.dataset.apTheme).toBe(theme.preset);
    const accent = getComputedStyle(panel).getPropertyValue('--ap-accent').trim().toLowerCase();
    expect(accent).toBe(theme.variables?.accent ?? (theme.preset === 'light' ? '#1d5fd1' : '#5b9dff'));

    // Wait for lazily loaded placeholder icons so the screenshot shows the real layout.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const path = await page.screenshot({ path: `__screenshots__/deposit-panel-${name}.png`, element: panel });
    expect(path).toContain(`deposit-panel-${name}.png`);

    const result = await axe.run(panel, { resultTypes: ['violations'] });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
