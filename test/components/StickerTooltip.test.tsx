import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StickerTooltip, type Sticker } from '../../src/index.js';

const stickers: Sticker[] = [
  { name: 'Crown (Foil)', slot: 2, wear: 0.25, iconUrl: 'crownHash' },
  { name: 'Titan | Katowice 2014', slot: 0, wear: 0, iconUrl: 'titanHash' },
  { name: 'Howl', slot: 1, wear: null, iconUrl: 'howlHash' },
  { name: 'iBUYPOWER (Holo)', slot: 3, iconUrl: 'javascript:alert(1)' },
];

const trigger = () => screen.getByRole('button');

async function openByFocus(ui: React.ReactElement) {
  const user = userEvent.setup();
  const view = render(ui);
  await user.tab();
  return { user, view, tooltip: await screen.findByRole('tooltip') };
}

describe('StickerTooltip', () => {
  it('names the trigger after the stickers in slot order, and the charm', () => {
    render(<StickerTooltip stickers={stickers} charm={{ name: 'Lil’ Squirt', iconUrl: 'charmHash' }} />);
    expect(trigger()).toHaveAccessibleName('Stickers: Titan | Katowice 2014, Howl, Crown (Foil), iBUYPOWER (Holo); Charm: Lil’ Squirt');
    expect(trigger()).toHaveAttribute('data-slot', 'sticker-tooltip-trigger');
    expect(trigger()).toHaveAttribute('type', 'button');
  });

  it('opens on keyboard focus, lists slot and wear, and describes the trigger', async () => {
    const { tooltip } = await openByFocus(<StickerTooltip stickers={stickers} />);
    expect(trigger()).toHaveFocus();
    expect(tooltip).toHaveAttribute('data-slot', 'sticker-tooltip-content');
    const rows = within(tooltip).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Titan | Katowice 2014Slot 1 · 0% scraped',
      'HowlSlot 2 · Not scraped',
      'Crown (Foil)Slot 3 · 25% scraped',
      'iBUYPOWER (Holo)Slot 4 · Not scraped',
    ]);
    for (const row of rows) expect(row).toHaveAttribute('data-slot', 'sticker-tooltip-sticker');
    expect(trigger()).toHaveAccessibleDescription(/Titan \| Katowice 2014.*Slot 1.*0% scraped/);
  });

  it('opens on hover and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<StickerTooltip stickers={stickers} delayDuration={0} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(trigger());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Crown (Foil)');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on a tap (click), which Radix alone would close', async () => {
    render(<StickerTooltip stickers={stickers} />);
    fireEvent.click(trigger());
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    expect(trigger()).toHaveAttribute('data-state', expect.stringMatching(/open/));
  });

  it('shows the charm', async () => {
    const { tooltip } = await openByFocus(<StickerTooltip stickers={[]} charm={{ name: 'Hot Howl', iconUrl: 'charmHash' }} />);
    expect(trigger()).toHaveAccessibleName('Charm: Hot Howl');
    const charm = within(tooltip).getByText('Hot Howl').closest('li')!;
    expect(charm).toHaveAttribute('data-slot', 'sticker-tooltip-charm');
    expect(charm).toHaveTextContent('Charm');
  });

  it('renders nothing without stickers or charm', () => {
    const { container } = render(<StickerTooltip stickers={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders hostile names as text and builds no image from unsafe icons', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { tooltip, view } = await openByFocus(
      <StickerTooltip stickers={[{ name: hostile, slot: 0, wear: 0.1, iconUrl: 'javascript:alert(1)' }, { name: 'Data', slot: 1, iconUrl: 'data:image/png;base64,AAAA' }]} />,
    );
    expect(within(tooltip).getByText(hostile)).toBeInTheDocument();
    expect(trigger()).toHaveAccessibleName(`Stickers: ${hostile}, Data`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(view.container.querySelectorAll('[data-slot="sticker-tooltip-trigger-icon"][data-placeholder]')).toHaveLength(2);
    expect(tooltip.querySelectorAll('[data-slot="sticker-tooltip-icon"][data-placeholder]')).toHaveLength(2);
  });

  it('loads Steam icons at iconSize and falls back when one fails', async () => {
    const { tooltip } = await openByFocus(<StickerTooltip stickers={[stickers[1]!]} iconSize={64} />);
    const img = tooltip.querySelector('img')!;
    expect(img).toHaveAttribute('src', 'https://community.cloudflare.steamstatic.com/economy/image/titanHash/64fx64f');
    expect(img).toHaveAttribute('alt', '');
    fireEvent.error(img);
    expect(tooltip.querySelector('img')).toBeNull();
    expect(tooltip.querySelector('[data-slot="sticker-tooltip-icon"][data-placeholder]')).not.toBeNull();
  });

  it('carries the theme into the portal', async () => {
    const { tooltip } = await openByFocus(<StickerTooltip stickers={stickers} theme={{ preset: 'light', variables: { accent: '#ff0000' } }} />);
    const content = tooltip.closest('[data-slot="sticker-tooltip-content"]') as HTMLElement;
    expect(content).toHaveAttribute('data-ap-theme', 'light');
    expect(content.style.getPropertyValue('--ap-accent')).toBe('#ff0000');
    expect(trigger().closest('[data-ap-theme]')).toBeNull();
  });

  it('defaults the portal to the dark theme and uses the tabIndex', async () => {
    const user = userEvent.setup();
    render(<StickerTooltip stickers={stickers} tabIndex={-1} />);
    expect(trigger()).toHaveAttribute('tabindex', '-1');
    trigger().focus();
    expect(await screen.findByRole('tooltip')).toHaveAttribute('data-ap-theme', 'dark');
    await user.keyboard('{Escape}');
  });

  it('uses the labels it is given', async () => {
    const labels = { stickers: 'Aufkleber', stickerSlot: (slot: number) => `Platz ${slot + 1}`, stickerWear: (p: number) => `${p} % abgekratzt` };
    const { tooltip } = await openByFocus(<StickerTooltip stickers={[stickers[0]!]} labels={labels} />);
    expect(trigger()).toHaveAccessibleName('Aufkleber: Crown (Foil)');
    expect(tooltip).toHaveTextContent('Platz 3 · 25 % abgekratzt');
  });

  it('drops its class names when unstyled but keeps data attributes', async () => {
    const { tooltip } = await openByFocus(<StickerTooltip stickers={stickers} unstyled className="mine" />);
    expect(trigger().className).toBe('mine');
    expect(tooltip.className).toBe('');
    expect(document.querySelector('[class*="ap-"]')).toBeNull();
    expect(tooltip).toHaveAttribute('data-state');
  });
});
