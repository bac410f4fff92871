import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { defaultLabels, ItemImage, WearBar } from '../../src/index.js';

const ICON = 'https://community.akamai.steamstatic.com/economy/image/abc123';

describe('ItemImage', () => {
  it('forwards a ref to its img, takes DOM props and runs the user onError before showing the placeholder', () => {
    const ref = createRef<HTMLElement>();
    const onError = vi.fn();
    render(<ItemImage ref={ref} iconUrl={ICON} className="mine" data-testid="icon" data-slot="theirs" aria-describedby="help" onError={onError} />);
    const img = screen.getByTestId('icon');
    expect(ref.current).toBe(img);
    expect(img.tagName).toBe('IMG');
    expect(img).toHaveClass('mine');
    expect(img).toHaveAttribute('data-slot', 'item-image');
    expect(img).toHaveAttribute('aria-describedby', 'help');
    fireEvent.error(img);
    expect(onError).toHaveBeenCalledTimes(1);
    const placeholder = screen.getByTestId('icon');
    expect(placeholder.tagName).toBe('SPAN');
    expect(placeholder).toHaveAttribute('data-placeholder');
    expect(ref.current).toBe(placeholder);
  });

  it('keeps the image when the user onError prevents ours', () => {
    render(<ItemImage iconUrl={ICON} data-testid="icon" onError={(event) => event.preventDefault()} />);
    fireEvent.error(screen.getByTestId('icon'));
    expect(screen.getByTestId('icon').tagName).toBe('IMG');
  });
});

describe('WearBar', () => {
  it('forwards a ref to its root and takes className, DOM props and handlers, keeping its data-slot', () => {
    const ref = createRef<HTMLDivElement>();
    const onClick = vi.fn();
    render(<WearBar ref={ref} wear="0.0712" labels={defaultLabels} className="mine" data-testid="wear" data-slot="theirs" aria-describedby="help" onClick={onClick} />);
    const root = screen.getByTestId('wear');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('data-slot', 'item-card-wear');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root).toHaveTextContent('0.0712');
    fireEvent.click(root);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
