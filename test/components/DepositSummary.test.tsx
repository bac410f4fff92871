import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { DepositSummary, type DepositSummarySelection } from '../../src/components/DepositSummary/DepositSummary.js';
import { formatCents } from '../../src/index.js';

const cs2: DepositSummarySelection = {
  count: 3,
  units: 3,
  totalCents: 4123,
  marketTotalCents: 5210,
  instantCreditCents: 2500,
  game: 730,
  maxItems: 250,
};
const rust: DepositSummarySelection = { ...cs2, count: 2, units: 17, totalCents: 255, marketTotalCents: 340, instantCreditCents: 255, game: 252490 };
const empty: DepositSummarySelection = { ...cs2, count: 0, units: 0, totalCents: 0, marketTotalCents: 0, instantCreditCents: 0, game: undefined };

/** The `<dd>` next to the `<dt>` called `term`. */
function figure(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('DepositSummary', () => {
  it('shows the count, the payout as headline and the labelled market reference, never mixed', () => {
    render(<DepositSummary selection={cs2} />);
    expect(screen.getByText('3 of 250 selected')).toBeInTheDocument();
    expect(figure('You get')).toHaveTextContent(/^\$41\.23$/);
    expect(figure('You get').closest('[data-slot]')).toHaveAttribute('data-slot', 'deposit-summary-total');
    expect(figure('Market reference')).toHaveTextContent(/^\$52\.10$/);
    expect(figure('Market reference').closest('[data-slot]')).toHaveAttribute('data-slot', 'deposit-summary-market');
    // CS2 shows no units line.
    expect(screen.queryByText(/units?$/)).toBeNull();
    expect(screen.getByText('You get').closest('dl')).not.toBeNull();
  });

  it('splits the CS2 instant credit into now and after the 7-day protection', () => {
    render(<DepositSummary selection={cs2} />);
    expect(figure('Credited now (estimate)')).toHaveTextContent('≈ $25.00 now, $16.23 after Steam’s 7-day trade protection');
  });

  it('says nothing about later when the whole CS2 payout is covered', () => {
    render(<DepositSummary selection={{ ...cs2, instantCreditCents: 4123 }} />);
    expect(figure('Credited now (estimate)')).toHaveTextContent(/^≈ \$41\.23 now$/);
  });

  it('shows units and full instant credit for Rust', () => {
    const { container } = render(<DepositSummary selection={rust} />);
    expect(screen.getByText('2 of 250 selected')).toBeInTheDocument();
    expect(screen.getByText('17 units')).toHaveAttribute('data-slot', 'deposit-summary-units');
    expect(figure('Credited now (estimate)')).toHaveTextContent('$2.55 Rust deposits are credited in full at once.');
    expect(container.querySelector('[data-slot=deposit-summary]')).toHaveAttribute('data-game', '252490');
  });

  it('announces count and payout in a polite live region, updated only when they change', () => {
    const { rerender } = render(<DepositSummary selection={empty} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(/^Nothing selected$/);

    rerender(<DepositSummary selection={cs2} />);
    expect(status).toHaveTextContent(/^3 selected, you get \$41\.23$/);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(status, { subtree: true, childList: true, characterData: true });

    // Other figures change, count and total do not: the live region is left alone.
    rerender(<DepositSummary selection={{ ...cs2, marketTotalCents: 1, instantCreditCents: 0 }} />);
    mutations.push(...observer.takeRecords());
    expect(mutations).toEqual([]);
    expect(status).toHaveTextContent(/^3 selected, you get \$41\.23$/);

    rerender(<DepositSummary selection={{ ...cs2, count: 4, totalCents: 5000 }} />);
    expect(status).toHaveTextContent(`4 selected, you get ${formatCents(5000)}`);
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });

  it('empty: zero figures, no instant-credit line', () => {
    const { container } = render(<DepositSummary selection={empty} />);
    expect(screen.getByText('0 of 250 selected')).toBeInTheDocument();
    expect(figure('You get')).toHaveTextContent('$0.00');
    expect(screen.queryByText('Credited now (estimate)')).toBeNull();
    expect(container.querySelector('[data-slot=deposit-summary]')).toHaveAttribute('data-empty', '');
  });

  it('renders children, labels, locale, className and classNames; unstyled drops its own classes', () => {
    const { container, rerender } = render(
      <DepositSummary
        selection={cs2}
        locale="de-DE"
        currency="EUR"
        labels={{ totalPayout: 'Auszahlung' }}
        className="mine"
        classNames={{ total: 'big' }}
      >
        <button type="button">Deposit</button>
      </DepositSummary>,
    );
    const root = container.querySelector('[data-slot=deposit-summary]')!;
    expect(root.className).toContain('mine');
    expect(within(root as HTMLElement).getByRole('button', { name: 'Deposit' }).closest('[data-slot]')).toHaveAttribute(
      'data-slot',
      'deposit-summary-actions',
    );
    expect(figure('Auszahlung').textContent?.replace(/\s/g, ' ')).toBe('41,23 €');
    expect(container.querySelector('[data-slot=deposit-summary-total]')!.className).toContain('big');

    rerender(<DepositSummary selection={cs2} unstyled className="mine" classNames={{ total: 'big' }} />);
    expect(container.querySelector('[data-slot=deposit-summary]')!.className).toBe('mine');
    expect(container.querySelector('[data-slot=deposit-summary-total]')!.className).toBe('big');
    expect(container.querySelector('[data-slot=deposit-summary-market]')).not.toHaveAttribute('class');
  });

  it('applies a theme on the root only when given one', () => {
    const { container, rerender } = render(<DepositSummary selection={cs2} />);
    expect(container.querySelector('[data-slot=deposit-summary]')).not.toHaveAttribute('data-ap-theme');
    rerender(<DepositSummary selection={cs2} theme={{ preset: 'light', variables: { accent: '#ff0066' } }} />);
    const root = container.querySelector<HTMLElement>('[data-slot=deposit-summary]')!;
    expect(root).toHaveAttribute('data-ap-theme', 'light');
    expect(root.style.getPropertyValue('--ap-accent')).toBe('#ff0066');
  });

  it('forwards its ref to the root and spreads DOM props there: className merged, our data-slot kept, style with the theme', () => {
    const ref = createRef<HTMLDivElement>();
    const onClick = vi.fn();
    render(
      <DepositSummary
        ref={ref}
        selection={cs2}
        className="mine"
        data-testid="summary"
        data-slot="theirs"
        aria-describedby="help"
        style={{ marginTop: 4 }}
        theme={{ preset: 'light', variables: { accent: '#ff0066' } }}
        onClick={onClick}
      />,
    );
    const root = screen.getByTestId('summary');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('data-slot', 'deposit-summary');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root.className).toBe('ap-DepositSummary-root mine');
    expect(root.style.marginTop).toBe('4px');
    expect(root.style.getPropertyValue('--ap-accent')).toBe('#ff0066');
    fireEvent.click(within(root).getByText('You get'));
    expect(onClick).toHaveBeenCalledOnce();
  });
});
