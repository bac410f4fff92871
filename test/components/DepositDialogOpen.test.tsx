// DepositDialog's open state, controlled (`open` + `onOpenChange`) and uncontrolled (`defaultOpen`), as Radix's dialogs take it.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderDialog } from './dialogHarness.js';

// `hidden`: Radix hides everything outside an open modal dialog from the accessibility tree.
const trigger = () => screen.findByRole('button', { name: 'Deposit 2 items', hidden: true });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('DepositDialog open state', () => {
  it('uncontrolled: opens on the trigger, closes on Escape, and tells onOpenChange each time', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderDialog({ dialog: { onOpenChange } });
    const button = await trigger();
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    await screen.findByRole('dialog', { name: 'Confirm deposit' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(onOpenChange.mock.calls).toEqual([[true]]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    expect(button).toHaveFocus();
  });

  it('uncontrolled: defaultOpen opens it on the first render, without a call to onOpenChange', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderDialog({ dialog: { defaultOpen: true, onOpenChange } });
    const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' });
    expect(await trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(onOpenChange).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onOpenChange.mock.calls).toEqual([[false]]);
  });

  it('controlled: only the open prop opens and closes it; the trigger and Escape ask through onOpenChange', async () => {
    const onOpenChange = vi.fn();
    const { user, setDialog } = renderDialog({ dialog: { open: false, onOpenChange } });
    const button = await trigger();
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    setDialog({ open: true, onOpenChange });
    const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    await settle();
    expect(dialog).toBeInTheDocument();

    setDialog({ open: false, onOpenChange });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(onOpenChange).toHaveBeenCalledTimes(2);
  });

  it('controlled: does not ask to close while the deposit is being sent', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderDialog({ dialog: { open: true, onOpenChange }, mock: { latencyMs: 800 } });
    const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' }, { timeout: 10_000 });
    const confirm = within(dialog).getByRole('button', { name: 'Confirm deposit' });
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-disabled'), { timeout: 10_000 });
    await user.click(confirm);
    await waitFor(() => expect(confirm).toHaveTextContent('Sending…'));
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).not.toHaveBeenCalled();
    await screen.findByRole('dialog', { name: 'Deposit started' }, { timeout: 10_000 });
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(onOpenChange.mock.calls).toEqual([[false]]);
  });
});
