import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StickerTooltip, type Sticker } from '../../src/index.js';

// Counts how often the lazily loaded content module is fetched (the real module is used).
const contentModule = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../src/components/StickerTooltip/StickerTooltipContent.js', async (importOriginal) => {
  contentModule.loads += 1;
  return importOriginal();
});

const stickers: Sticker[] = [
  { name: 'Crown (Foil)', slot: 2, wear: 0.25, iconUrl: 'crownHash' },
  { name: 'Titan | Katowice 2014', slot: 0, wear: 0, iconUrl: 'titanHash' },
  { name: 'Howl', slot: 1, wear: null, iconUrl: 'howlHash' },
  { name: 'iBUYPOWER (Holo)', slot: 3, iconUrl: 'javascript:alert(1)' },
];

/** How long the tooltip waits after the pointer leaves trigger and content (CLOSE_GRACE_MS). */
const GRACE = 200;

const trigger = () => screen.getByRole('button');

async function openByFocus(ui: React.ReactElement) {
  const user = userEvent.setup();
  const view = render(ui);
  await user.tab();
  return { user, view, tooltip: await screen.findByRole('tooltip') };
}

/** Only setTimeout: promises (the lazy import, Floating UI) keep running. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
/** The mouse moving from one element to another (or off both), as a browser reports it. */
function move(from: Element, to: Element | null) {
  fireEvent.pointerOut(from, { pointerType: 'mouse', relatedTarget: to });
  if (to) fireEvent.pointerOver(to, { pointerType: 'mouse', relatedTarget: from });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('StickerTooltip', () => {
  // First in the file: the module registry is shared by the tests below, which load the content.
  it('is only a button until first used: the content module loads on pointer enter and renders once open', async () => {
    render(
      <>
        <StickerTooltip stickers={stickers} delayDuration={60_000} />
        <StickerTooltip stickers={[stickers[0]!]} />
      </>,
    );
    const [first] = screen.getAllByRole('button');
    expect(screen.getAllByRole('button')).toHaveLength(2);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(contentModule.loads).toBe(0);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.querySelector('[data-slot="sticker-tooltip-content"]')).toBeNull();
    expect(document.body.children).toHaveLength(1); // the render container: no portal node
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAttribute('data-state', 'closed');
      expect(button).not.toHaveAttribute('aria-describedby');
    }

    fireEvent.pointerEnter(first!, { pointerType: 'mouse' });
    await vi.waitFor(() => expect(contentModule.loads).toBe(1));
    expect(first).toHaveAttribute('data-state', 'closed'); // still waiting for the delay
    expect(screen.queryByRole('tooltip')).toBeNull();

    act(() => first!.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.parentElement).toBe(document.body);
    expect(first).toHaveAttribute('aria-describedby', tooltip.id);
    expect(contentModule.loads).toBe(1);
  });

  it('names the trigger after the stickers in slot order, and the charm', () => {
    render(<StickerTooltip stickers={stickers} charm={{ name: 'Lil’ Squirt', iconUrl: 'charmHash' }} />);
    expect(trigger()).toHaveAccessibleName('Stickers: Titan | Katowice 2014, Howl, Crown (Foil), iBUYPOWER (Holo); Charm: Lil’ Squirt');
    expect(trigger()).toHaveAttribute('data-slot', 'sticker-tooltip-trigger');
    expect(trigger()).toHaveAttribute('type', 'button');
    expect(trigger()).toHaveAttribute('data-state', 'closed');
  });

  it('opens on keyboard focus, lists slot and wear, and describes the trigger', async () => {
    const { tooltip } = await openByFocus(<StickerTooltip stickers={stickers} />);
    expect(trigger()).toHaveFocus();
    expect(tooltip).toHaveAttribute('data-slot', 'sticker-tooltip-content');
    expect(tooltip).toHaveAttribute('data-state', 'instant-open');
    expect(trigger()).toHaveAttribute('data-state', 'instant-open');
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
    expect(trigger()).toHaveAttribute('data-state', 'closed');
    expect(trigger()).not.toHaveAttribute('aria-describedby');
  });

  it('opens on hover only after delayDuration (150 ms by default)', async () => {
    render(<StickerTooltip stickers={stickers} />);
    fakeTimers();
    fireEvent.pointerEnter(trigger(), { pointerType: 'mouse' });
    advance(149);
    expect(trigger()).toHaveAttribute('data-state', 'closed');
    advance(1);
    expect(trigger()).toHaveAttribute('data-state', 'delayed-open');
    vi.useRealTimers();
    expect(await screen.findByRole('tooltip')).toHaveAttribute('data-state', 'delayed-open');
  });

  it('does not open when the pointer leaves before the delay', () => {
    render(<StickerTooltip stickers={stickers} delayDuration={100} />);
    fakeTimers();
    fireEvent.pointerEnter(trigger(), { pointerType: 'mouse' });
    advance(60);
    fireEvent.pointerLeave(trigger(), { pointerType: 'mouse' });
    advance(1000);
    expect(trigger()).toHaveAttribute('data-state', 'closed');
  });

  it('opens on a tap (click)', async () => {
    render(<StickerTooltip stickers={stickers} />);
    fireEvent.click(trigger());
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    expect(trigger()).toHaveAttribute('data-state', expect.stringMatching(/open/));
  });

  it('ignores touch "hover" and stays open when the tap that opened it ends', async () => {
    render(<StickerTooltip stickers={stickers} delayDuration={0} />);
    fakeTimers();
    // A tap as a touch screen sends it, without the focus iOS leaves out.
    fireEvent.pointerOver(trigger(), { pointerType: 'touch' });
    advance(1000);
    expect(trigger()).toHaveAttribute('data-state', 'closed');
    fireEvent.pointerDown(trigger(), { pointerType: 'touch' });
    fireEvent.pointerUp(trigger(), { pointerType: 'touch' });
    fireEvent.pointerOut(trigger(), { pointerType: 'touch' });
    fireEvent.click(trigger());
    advance(GRACE * 5);
    expect(trigger()).toHaveAttribute('data-state', 'instant-open');
    vi.useRealTimers();
    const tooltip = await screen.findByRole('tooltip');
    // A tap on the tooltip itself (to read it) keeps it too.
    fakeTimers();
    for (const type of ['pointerOver', 'pointerDown', 'pointerUp', 'pointerOut'] as const) fireEvent[type](tooltip, { pointerType: 'touch' });
    advance(GRACE * 5);
    expect(screen.getByRole('tooltip')).toBe(tooltip);
  });

  it('is hoverable: moving the pointer from the trigger onto the content and back keeps it open', async () => {
    const user = userEvent.setup();
    render(<StickerTooltip stickers={stickers} delayDuration={0} />);
    await user.hover(trigger());
    const tooltip = await screen.findByRole('tooltip');
    await user.hover(tooltip);
    await act(() => new Promise((resolve) => setTimeout(resolve, GRACE * 3)));
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    await user.hover(trigger());
    await act(() => new Promise((resolve) => setTimeout(resolve, GRACE * 3)));
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    await user.unhover(trigger());
    await waitForElementToBeRemoved(tooltip);
    expect(trigger()).toHaveAttribute('data-state', 'closed');
  });

  it.each(['trigger', 'content'] as const)('closes a grace period after the pointer leaves the %s', async (last) => {
    const user = userEvent.setup();
    render(<StickerTooltip stickers={stickers} delayDuration={0} />);
    await user.hover(trigger());
    const tooltip = await screen.findByRole('tooltip');
    fakeTimers();
    if (last === 'content') {
      move(trigger(), tooltip);
      advance(GRACE * 5);
      expect(screen.getByRole('tooltip')).toBe(tooltip);
    }
    move(last === 'content' ? tooltip : trigger(), null);
    advance(GRACE - 1);
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    advance(1);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(trigger()).toHaveAttribute('data-state', 'closed');
  });

  it('keeps one sticker tooltip open at a time', async () => {
    const user = userEvent.setup();
    render(
      <>
        <StickerTooltip stickers={[stickers[0]!]} delayDuration={0} />
        <StickerTooltip stickers={[stickers[2]!]} delayDuration={0} />
      </>,
    );
    const [first, second] = screen.getAllByRole('button');
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Crown (Foil)');
    await user.hover(second!);
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Howl'));
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('data-state', 'closed');
    expect(first).not.toHaveAttribute('aria-describedby');
    expect(second).toHaveAccessibleDescription(/Howl/);
  });

  it('swallows only the Escape that closed it, so a surrounding dialog stays open', async () => {
    const user = userEvent.setup();
    const parent = vi.fn();
    const documentCapture = vi.fn();
    const onDocumentKeyDown = (event: KeyboardEvent) => void (event.key === 'Escape' && documentCapture());
    document.addEventListener('keydown', onDocumentKeyDown, true); // as Radix Dialog listens
    try {
      render(
        <div onKeyDown={(event) => void (event.key === 'Escape' && parent())}>
          <StickerTooltip stickers={stickers} />
        </div>,
      );
      await user.tab();
      await screen.findByRole('tooltip');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(parent).not.toHaveBeenCalled();
      expect(documentCapture).not.toHaveBeenCalled();

      await user.keyboard('{Escape}');
      expect(parent).toHaveBeenCalledTimes(1);
      expect(documentCapture).toHaveBeenCalledTimes(1);
      expect(trigger()).toHaveFocus();
    } finally {
      document.removeEventListener('keydown', onDocumentKeyDown, true);
    }
  });

  it('closes on blur', async () => {
    const { user } = await openByFocus(
      <>
        <StickerTooltip stickers={stickers} />
        <button type="button">Next</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getByRole('button', { name: /^Stickers/ })).toHaveAttribute('data-state', 'closed');
  });

  it('closes on a pointer down elsewhere, not on one inside the tooltip', async () => {
    const user = userEvent.setup();
    render(<StickerTooltip stickers={stickers} delayDuration={0} />);
    await user.hover(trigger());
    const tooltip = await screen.findByRole('tooltip');
    fireEvent.pointerDown(tooltip);
    fireEvent.pointerDown(trigger());
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('tooltip')).toBeNull();
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
    act(() => trigger().focus());
    expect(await screen.findByRole('tooltip')).toHaveAttribute('data-ap-theme', 'dark');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
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

  it('forwards its ref to the trigger and spreads DOM props there; handlers run first and preventDefault keeps it closed', async () => {
    const ref = createRef<HTMLButtonElement>();
    const onKeyDown = vi.fn();
    let block = true;
    const onClick = vi.fn((event: React.MouseEvent) => block && event.preventDefault());
    render(
      <>
        <p id="help">Hint</p>
        <StickerTooltip ref={ref} stickers={stickers} className="mine" data-testid="stickers" data-slot="theirs" aria-describedby="help" onKeyDown={onKeyDown} onClick={onClick} />
      </>,
    );
    const root = screen.getByTestId('stickers');
    expect(ref.current).toBe(root);
    expect(root).toBe(trigger());
    expect(root).toHaveAttribute('data-slot', 'sticker-tooltip-trigger');
    expect(root.className).toBe('ap-StickerTooltip-trigger mine');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    fireEvent.keyDown(root, { key: 'a' });
    expect(onKeyDown).toHaveBeenCalledOnce();
    // A click (not a focus) is ours to open on: the host's preventDefault stops it.
    fireEvent.click(root);
    expect(onClick).toHaveBeenCalledOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root).toHaveAttribute('data-state', 'closed');
    block = false;
    fireEvent.click(root);
    const tooltip = await screen.findByRole('tooltip');
    // Joined with the tooltip's id while it is open.
    expect(root.getAttribute('aria-describedby')).toBe(`help ${tooltip.id}`);
  });
});
