import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ItemCard } from '../../src/index.js';
import { items } from '../hooks/items.js';
import { apiItem } from '../hooks/utils.js';

const one = (overrides: Record<string, unknown>) => items(apiItem('x', overrides))[0]!;

describe('ItemCard', () => {
  it('forwards its ref to the root and puts other HTML attributes and handlers there, keeping its own data attributes', async () => {
    const ref = createRef<HTMLDivElement>();
    const onPointerEnter = vi.fn();
    render(
      <ItemCard
        ref={ref}
        item={one({})}
        id="card-x"
        role="gridcell"
        aria-selected={false}
        data-slot="not-ours"
        data-testid="card"
        title="x"
        onPointerEnter={onPointerEnter}
        className="mine"
      />,
    );
    const root = screen.getByRole('gridcell');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'card-x');
    expect(root).toHaveAttribute('data-testid', 'card');
    expect(root).toHaveAttribute('data-slot', 'item-card');
    expect(root).toHaveAttribute('data-item-id', 'x');
    expect(root).toHaveClass('ap-ItemCard-root', 'mine');
    await userEvent.hover(root);
    expect(onPointerEnter).toHaveBeenCalled();
  });

  it('renders what toggleProps and stepperProps give (as from useInventoryGrid), their handlers first', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const toggleRef = createRef<HTMLButtonElement>();
    const onValueChange = vi.fn();
    const stack = one({ appid: 252490, name: 'Metal Fragments', amount: 20 });
    const { rerender } = render(
      <ItemCard
        item={stack}
        selected
        onToggle={() => calls.push('ours')}
        toggleProps={{ ref: toggleRef, tabIndex: -1, 'aria-pressed': false, onClick: () => calls.push('theirs') }}
        stepperProps={{ value: 4, max: 20, tabIndex: -1, onValueChange }}
      />,
    );
    const toggle = screen.getByRole('button', { name: /Metal Fragments/ });
    expect(toggleRef.current).toBe(toggle);
    expect(toggle).toHaveAttribute('tabindex', '-1');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('data-slot', 'item-card-toggle');
    await user.click(toggle);
    expect(calls).toEqual(['theirs', 'ours']);
    const spin = screen.getByRole('spinbutton');
    expect(spin).toHaveAttribute('aria-valuenow', '4');
    expect(spin).toHaveAttribute('tabindex', '-1');
    await user.click(screen.getByRole('button', { name: 'Increase' }));
    expect(onValueChange).toHaveBeenCalledWith(5);
    rerender(<ItemCard item={stack} selected toggleProps={{ onClick: (event) => event.preventDefault() }} onToggle={() => calls.push('ours again')} stepperProps={null} />);
    await user.click(screen.getByRole('button', { name: /Metal Fragments/ }));
    expect(calls).not.toContain('ours again');
    expect(screen.queryByRole('spinbutton')).toBeNull();
  });

  it('shows payout as the headline and market price as a labelled reference', () => {
    render(<ItemCard item={one({ offer: { price: 10.75, reference: 'r' }, marketPrice: 12.5 })} />);
    const toggle = screen.getByRole('button', { pressed: false });
    expect(toggle).toHaveAccessibleName('AK-47 | Redline x, You get $10.75');
    expect(toggle).toHaveAccessibleDescription(/Market \$12\.50/);
    expect(screen.getByText('$10.75').closest('[data-slot="item-card-price"]')).not.toBeNull();
    expect(screen.getByText('$12.50').closest('[data-slot="item-card-market"]')).toHaveTextContent('Market $12.50');
  });

  it.each([
    ['★ StatTrak™ Karambit | Doppler', ['star', 'stattrak'], 'Karambit | Doppler'],
    ['Souvenir MP9 | Hot Rod', ['souvenir'], 'MP9 | Hot Rod'],
    ['AK-47 | Redline', [], 'AK-47 | Redline'],
  ])('parses %s into badges and a base name', (name, badges, base) => {
    const { container } = render(<ItemCard item={one({ name })} />);
    expect([...container.querySelectorAll('[data-badge]')].map((el) => el.getAttribute('data-badge'))).toEqual(badges);
    expect(container.querySelector('[data-slot="item-card-name"]')).toHaveTextContent(base);
  });

  it('shows exterior, float to four places and the pattern', () => {
    render(<ItemCard item={one({ exterior: 'Minimal Wear', wear: '0.0812345678', paintSeed: 661 })} />);
    expect(screen.getByText('Minimal Wear')).toBeInTheDocument();
    expect(screen.getByText('Float 0.0812')).toBeInTheDocument();
    expect(screen.getByText(/Pattern 661/)).toBeInTheDocument();
  });

  it('renders hostile names as text and never requests a non-Steam image', () => {
    const { container } = render(<ItemCard item={one({ name: '<img src=x onerror=alert(1)>', iconUrl: 'javascript:alert(1)' })} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-slot="item-image"][data-placeholder]')).not.toBeNull();
  });

  it('loads the icon lazily from Steam and falls back when it fails', () => {
    const { container } = render(<ItemCard item={one({ iconUrl: 'abcDEF123' })} iconSize={128} />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('src', 'https://community.cloudflare.steamstatic.com/economy/image/abcDEF123/128fx128f');
    expect(img).toHaveAttribute('loading', 'lazy');
    img.dispatchEvent(new Event('error'));
    return vi.waitFor(() => expect(container.querySelector('img')).toBeNull());
  });

  it('uses a hex rarity colour and ignores anything else', () => {
    const { container, rerender } = render(<ItemCard item={one({ color: '#D32CE6' })} />);
    const root = () => container.querySelector<HTMLElement>('[data-slot="item-card"]')!;
    expect(root().style.getPropertyValue('--ap-rarity')).toBe('#D32CE6');
    rerender(<ItemCard item={one({ color: 'red;background:url(x)', rarity: 'Covert' })} />);
    expect(root().style.getPropertyValue('--ap-rarity')).toBe('#eb4b4b');
  });

  it('calls onToggle for depositable items only', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    const { rerender } = render(<ItemCard item={one({})} onToggle={onToggle} />);
    await user.click(screen.getByRole('button'));
    expect(onToggle).toHaveBeenCalledOnce();
    rerender(<ItemCard item={one({ tradable: false })} onToggle={onToggle} />);
    const locked = screen.getByRole('button', { name: /Redline x/ });
    expect(locked).toHaveAccessibleDescription(/Not tradable/);
    await user.click(locked);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('shows a quantity stepper on a selected Rust stack and reports changes', async () => {
    const user = userEvent.setup();
    const onAmountChange = vi.fn();
    const wood = one({ appid: 252490, name: 'Wood', amount: 500, offer: { price: 0.15, reference: 'r', maxAmount: 200 } });
    const { rerender } = render(<ItemCard item={wood} onAmountChange={onAmountChange} />);
    expect(screen.queryByRole('spinbutton')).toBeNull();
    rerender(<ItemCard item={wood} selected amount={3} onAmountChange={onAmountChange} />);
    const spin = screen.getByRole('spinbutton', { name: 'Quantity of Wood' });
    expect(spin).toHaveAttribute('aria-valuemax', '200');
    await user.click(screen.getByRole('button', { name: 'Max' }));
    expect(onAmountChange).toHaveBeenCalledWith(wood, 200);
  });
});
