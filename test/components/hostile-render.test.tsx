// Issue 4, "Hostile and broken data", in the rendered DOM: names are inert text, no image is ever
// requested outside Steam's CDN hosts, no `javascript:` / `data:` URL reaches a URL attribute, and
// a colour that is not `#RRGGBB` never reaches a style.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ItemCard, STEAM_IMAGE_HOSTS, StickerTooltip, type InventoryItem } from '../../src/index.js';
import { items } from '../hooks/items.js';
import { apiItem } from '../hooks/utils.js';

const SCRIPT_NAME = '<script>alert(1)</script>';
const IMG_NAME = '<img src=x onerror=alert(1)>';
const MIXED_NAME = `★ StatTrak™ ${SCRIPT_NAME}${IMG_NAME}"><svg onload=alert(1)>`;
const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'ping', 'cite', 'data', 'manifest'];

/** An item through the real parser, as the hooks hand it to components. */
const parsed = (overrides: Record<string, unknown>) => items(apiItem('x', overrides))[0]!;
/** A hand-made item: props of public components are not always parser output. */
const handMade = (overrides: Partial<InventoryItem>): InventoryItem => ({ ...parsed({}), ...overrides });

/**
 * Every element and attribute in the document (portals included): no executable elements, no event
 * handler attributes, URL attributes only https on a Steam host (images) or steamcommunity.com
 * (links), and no `url(` / `expression(` in a style.
 */
function expectInertDocument() {
  expect(document.querySelectorAll('script, iframe, object, embed, svg, math, base, form, frame')).toHaveLength(0);
  // The dialog's scroll lock puts a <style> in <head>; the body gets none from our data.
  expect(document.body.querySelectorAll('style, link, meta')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(name.toLowerCase().startsWith('on'), `${element.tagName} has ${name}`).toBe(false);
      const normalised = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        expect(normalised, `${element.tagName} ${name}=${value}`).not.toMatch(/^(javascript|data|vbscript|blob|file):/);
        const url = new URL(value);
        expect(url.protocol, `${element.tagName} ${name}=${value}`).toBe('https:');
        expect(url.username + url.password + url.port).toBe('');
        const allowed = element.tagName === 'IMG' ? STEAM_IMAGE_HOSTS : ['steamcommunity.com'];
        expect(allowed, `${element.tagName} ${name}=${value}`).toContain(url.hostname);
      }
      if (name === 'style') expect(normalised).not.toMatch(/url\(|expression\(|javascript:|@import/);
    }
  }
}

const imgSources = () => [...document.querySelectorAll('img')].map((img) => img.getAttribute('src'));

describe('names render as inert text', () => {
  it('an ItemCard shows markup in a parsed name literally and creates no element from it', () => {
    const { container } = render(<ItemCard item={parsed({ name: MIXED_NAME, exterior: IMG_NAME, wear: SCRIPT_NAME })} />);
    const name = container.querySelector('[data-slot="item-card-name"]')!;
    expect(name.textContent).toBe(`★ StatTrak™ ${SCRIPT_NAME}${IMG_NAME}"><svg onload=alert(1)>`);
    expect(screen.getByText(IMG_NAME)).toHaveAttribute('data-slot', 'item-card-exterior');
    expect(container.querySelector('[data-slot="item-card-wear"]')).toHaveAttribute('data-invalid');
    expect(container.querySelector('[data-slot="wear-value"]')).toHaveTextContent('Float <script>ale');
    expect(container.querySelector('[data-slot="wear-bar-marker"]')).toBeNull();
    expect(imgSources().every((src) => src!.startsWith('https://community.cloudflare.steamstatic.com/'))).toBe(true);
    expectInertDocument();
  });

  it('a 10,000-character name renders whole, as text, and names the toggle and the quantity stepper', () => {
    const long = `${IMG_NAME}${'W'.repeat(10_000)}`.slice(0, 10_000);
    const stack = parsed({ appid: 252490, name: long, amount: 1e9, offer: { price: 0.07, reference: 'r', maxAmount: 1e9 }, wear: undefined });
    const { container } = render(<ItemCard item={stack} selected amount={3} />);
    // Booleans, not string matchers: a failure must not print 10,000 characters.
    expect(container.querySelector('[data-slot="item-card-name"]')!.textContent === long).toBe(true);
    const toggle = screen.getByRole('button', { pressed: true });
    expect(toggle.textContent!.startsWith(long)).toBe(true);
    expect(toggle.textContent!.slice(long.length)).toMatch(/You get \$0\.07/);
    const stepper = screen.getByRole('spinbutton', { name: (name) => name === `Quantity of ${long}` });
    expect(stepper).toHaveAttribute('aria-valuemax', '10000');
    expectInertDocument();
  });

  it('sticker and charm names with markup are text in the trigger name and the open tooltip', async () => {
    const user = userEvent.setup();
    const item = parsed({
      stickers: [
        { name: SCRIPT_NAME, slot: 1, wear: 0.5, iconUrl: 'javascript:alert(1)' },
        { name: IMG_NAME, slot: 0, iconUrl: '//evil.com/s.png' },
      ],
      charm: { name: '"><img src=x onerror=alert(2)>', iconUrl: 'data:image/png;base64,AAAA' },
    });
    render(<ItemCard item={item} />);
    const trigger = screen.getByRole('button', { name: /^Stickers:/ });
    expect(trigger).toHaveAccessibleName(`Stickers: ${IMG_NAME}, ${SCRIPT_NAME}; Charm: "><img src=x onerror=alert(2)>`);
    await user.click(trigger);
    const tooltip = await screen.findByRole('tooltip');
    expect(within(tooltip).getByText(SCRIPT_NAME)).toBeInTheDocument();
    expect(within(tooltip).getByText(IMG_NAME)).toBeInTheDocument();
    expect(within(tooltip).getByText('"><img src=x onerror=alert(2)>')).toBeInTheDocument();
    expect(document.querySelectorAll('img')).toHaveLength(1); // only the card's own Steam icon
    expectInertDocument();
  });

  it.each<[string, number | null | undefined]>([
    ['NaN', Number.NaN],
    ['negative', -0.2],
    ['above 1', 7],
    ['Infinity', Infinity],
    ['null', null],
  ])('a hand-made sticker wear of %s shows as not scraped, never as a wrong percentage', async (_, wear) => {
    const user = userEvent.setup();
    render(<StickerTooltip stickers={[{ name: 'S', slot: 0, wear, iconUrl: 'abc' }]} />);
    await user.click(screen.getByRole('button'));
    const tooltip = await screen.findByRole('tooltip');
    expect(within(tooltip).getByRole('listitem')).toHaveTextContent('SSlot 1 · Not scraped');
  });
});

describe('no image outside Steam’s CDN hosts', () => {
  // Decision: an http: URL on a Steam host is refused, not upgraded (it is not what Steam or AssetPay
  // would send, and the placeholder is harmless); so are userinfo, ports, look-alike hosts and
  // anything that is not a plain icon hash.
  it.each<[string, string]>([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: with a leading space', ' JavaScript:alert(1)'],
    ['java<TAB>script:', 'java\tscript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data: image', 'data:image/png;base64,AAAA'],
    ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
    ['blob: on a Steam host', 'blob:https://community.cloudflare.steamstatic.com/0000'],
    ['protocol-relative', '//evil.com/x.png'],
    ['protocol-relative with backslashes', '\\\\evil.com\\x.png'],
    ['https: with backslashes', 'https:\\\\evil.com\\x.png'],
    ['a foreign host', 'https://evil.com/economy/image/abc'],
    ['a Steam host as a subdomain of a foreign one', 'https://steamcommunity-a.akamaihd.net.evil.com/'],
    ['a Steam host as userinfo', 'https://community.cloudflare.steamstatic.com@evil.com/x'],
    ['userinfo on a Steam host', 'https://evil@community.cloudflare.steamstatic.com/economy/image/abc'],
    ['an encoded @ in userinfo', 'https://community.cloudflare.steamstatic.com%40evil.com/x'],
    ['a port on a Steam host', 'https://community.cloudflare.steamstatic.com:8443/x'],
    ['a trailing-dot Steam host', 'https://community.cloudflare.steamstatic.com./x'],
    ['a homoglyph Steam host', 'https://community.cloudflare.steamstat\u0456c.com/x'],
    ['an IP address', 'https://127.0.0.1/x.png'],
    ['an http: downgrade', 'http://community.cloudflare.steamstatic.com/economy/image/abc'],
    ['a relative path', '../../economy/image/abc'],
    ['a hash with a query', 'abc?x=<script>'],
  ])('%s: a placeholder, no <img>', (_, iconUrl) => {
    for (const item of [parsed({ iconUrl }), handMade({ iconUrl })]) {
      const { container, unmount } = render(<ItemCard item={item} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('[data-slot="item-image"][data-placeholder]')).not.toBeNull();
      expectInertDocument();
      unmount();
    }
  });

  it.each<[string, string, string]>([
    ['an icon hash', 'abc_DEF-123', 'https://community.cloudflare.steamstatic.com/economy/image/abc_DEF-123/128fx128f'],
    ['an https URL on a Steam host', 'https://community.akamai.steamstatic.com/economy/image/abc/64fx64f', 'https://community.akamai.steamstatic.com/economy/image/abc/64fx64f'],
    ['an upper-case Steam URL', 'HTTPS://COMMUNITY.FASTLY.STEAMSTATIC.COM/economy/image/abc', 'https://community.fastly.steamstatic.com/economy/image/abc'],
    ['the default port spelt out', 'https://steamcommunity-a.akamaihd.net:443/economy/image/abc', 'https://steamcommunity-a.akamaihd.net/economy/image/abc'],
  ])('%s is requested from Steam', (_, iconUrl, src) => {
    render(<ItemCard item={parsed({ iconUrl })} />);
    expect(imgSources()).toEqual([src]);
    expectInertDocument();
  });
});

describe('colours that are not #RRGGBB never reach a style', () => {
  const rarityOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="item-card"]')!.style.getPropertyValue('--ap-rarity');

  it.each([
    'red; background:url(x)',
    '#D32CE6; background:url(https://evil.com/x)',
    '#12345g',
    'expression(alert(1))',
    'url(javascript:alert(1))',
    'var(--evil)',
    '#fff',
    ' #D32CE6',
    'red',
  ])('color %j: ignored, parsed or hand-made; the rarity table fills in', (color) => {
    for (const item of [parsed({ color, rarity: 'Covert' }), handMade({ color, rarity: 'Covert' })]) {
      const { container, unmount } = render(<ItemCard item={item} />);
      expect(rarityOf(container)).toBe('#eb4b4b');
      expect(container.querySelector('[data-slot="item-card"]')!.getAttribute('style')).not.toContain(color.trim());
      expectInertDocument();
      unmount();
    }
  });

  it.each(['constructor', '__proto__', 'toString', 'Legendary'])('rarity %j without a colour: no --ap-rarity at all', (rarity) => {
    const { container } = render(<ItemCard item={handMade({ color: 'expression(alert(1))', rarity })} />);
    expect(rarityOf(container)).toBe('');
    expect(container.querySelector('[data-slot="item-card"]')!.hasAttribute('style')).toBe(false);
  });

  it('a valid hex colour is used as sent', () => {
    const { container } = render(<ItemCard item={handMade({ color: '#D32CE6', rarity: 'Covert' })} />);
    expect(rarityOf(container)).toBe('#D32CE6');
  });
});

describe('hostile wear strings', () => {
  it.each<[string, string, string | null]>([
    ['a plain float', '0.25432', 'Float 0.2543'],
    ['hex notation', '0x1', null],
    ['binary notation', '0b1', null],
    ['Infinity', 'Infinity', null],
    ['a negative float', '-0.1', null],
    ['above 1', '1.5', null],
    ['markup', '<img src=x onerror=alert(1)>', null],
    ['10,000 digits', '1'.repeat(10_000), null],
  ])('%s', (_, wear, shown) => {
    const { container } = render(<ItemCard item={parsed({ wear })} />);
    const bar = container.querySelector('[data-slot="item-card-wear"]')!;
    if (shown === null) {
      expect(bar).toHaveAttribute('data-invalid');
      expect(container.querySelector('[data-slot="wear-bar-marker"]')).toBeNull();
      expect(container.querySelector('[data-slot="wear-value"]')).toHaveTextContent(`Float ${wear.slice(0, 12)}`);
    } else {
      expect(bar).not.toHaveAttribute('data-invalid');
      expect(container.querySelector('[data-slot="wear-value"]')).toHaveTextContent(shown);
    }
    expectInertDocument();
  });

  it.each(['', '   '])('an empty wear (%j) shows no float at all', (wear) => {
    const { container } = render(<ItemCard item={parsed({ wear })} />);
    expect(container.querySelector('[data-slot="item-card-wear"]')).toBeNull();
    expect(container).not.toHaveTextContent('Float');
  });
});

describe('hostile ids and prices on a card', () => {
  it('an id full of markup is only a data attribute value', () => {
    const { container } = render(<ItemCard item={handMade({ id: `"><img src=x onerror=alert(1)>` })} />);
    expect(container.querySelector('[data-slot="item-card"]')).toHaveAttribute('data-item-id', `"><img src=x onerror=alert(1)>`);
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expectInertDocument();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no offer', { offer: undefined }, /No offer right now/],
    ['an offer of 0', { offer: { price: 0, reference: 'r' } }, /No offer right now/],
    ['an offer of -0', { offer: { price: -0, reference: 'r' } }, /No offer right now/],
    ['another game', { appid: 440 }, /Not accepted/],
  ])('%s: not depositable, and never "-$0.00"', (_, overrides, reason) => {
    const { container } = render(<ItemCard item={parsed(overrides)} />);
    const toggle = screen.getByRole('button', { pressed: false });
    expect(toggle).toHaveAttribute('aria-disabled', 'true');
    expect(toggle).toHaveAccessibleDescription(reason);
    expect(container).not.toHaveTextContent('-$');
  });
});
