import { lazy, Suspense, useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Slot } from '@radix-ui/react-slot';
import type { Trade } from '../../core/index.js';
import { preloadDeposit, type AssetPayTheme, type UseDepositResult, type UseDepositSelectionResult } from '../../hooks/index.js';
import { cx, themeAttributes, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import type { DepositDialogSlot } from './DepositDialogParts.js';

export type { DepositDialogSlot } from './DepositDialogParts.js';

/** Props of {@link DepositDialog}. */
export interface DepositDialogProps extends DisplayProps {
  /** The selection to deposit, from `useDepositSelection()`. */
  selection: UseDepositSelectionResult;
  /** The deposit mutation, from `useDeposit({ selection })`. */
  deposit: UseDepositResult;
  /**
   * Ask for instant credit (CS2); sent explicitly with every deposit. After
   * `INSTANT_DEPOSITS_DISABLED` the user is told and the next Confirm goes ahead without it.
   * @default the provider's `instant` (true)
   */
  isInstant?: boolean;
  /** Called once per successful deposit with the trade the API returned. @default undefined */
  onDeposited?: (trade: Trade) => void;
  /** Controlled open state. @default undefined */
  open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close. Closing is refused while a deposit is being sent. @default undefined */
  onOpenChange?: (open: boolean) => void;
  /**
   * Element that opens the dialog (it must take a ref and props: they are merged onto it, its own
   * `onClick` runs first and may `preventDefault`). @default a button "Deposit N items", disabled
   * while nothing is selected
   */
  trigger?: ReactNode;
  /** Theme of the portalled overlay and content (and of the default trigger). @default the provider's theme */
  theme?: AssetPayTheme;
  /** Class name of the dialog content (the visible root). @default undefined */
  className?: string;
  /** Class names per part. @default {} */
  classNames?: Partial<Record<DepositDialogSlot, string>>;
  /** Drop our `ap-DepositDialog-*` class names (data attributes stay). @default false */
  unstyled?: boolean;
}


// The dialog, and the deposit pipeline `useDeposit` loads on Confirm, fetched once a deposit is likely.
const loadContent = () => {
  preloadDeposit();
  return import('./DepositDialogContent.js');
};
// Pure: a page that never renders a DepositDialog drops it, and the lazy chunk with it.
const DepositDialogContent = /* @__PURE__ */ lazy(loadContent);

/**
 * Confirms a deposit on a Radix dialog: the selected items with exact line totals, the payout,
 * the instant-credit split with the date the rest arrives, then Confirm. Sends one request at a
 * time; shows errors by key, re-quotes on `PRICE_CHANGED`, never offers a blind retry when the
 * outcome is unknown (call `deposit.reset()` once you have checked the user's trades), and ends on
 * the trade id, status, bot and a link to the Steam offer. Focus starts on Cancel, is trapped
 * in the dialog and returns to the trigger on close. The dialog's code (Radix Dialog and every
 * view) is loaded on demand: when something is selected, the trigger is hovered or focused, or
 * the dialog opens, so it costs nothing on a page's first load.
 * @selector [data-slot=deposit-dialog-content] [data-state] [data-pending] [data-success]
 */
export function DepositDialog(props: DepositDialogProps) {
  const { selection, unstyled = false, classNames = {}, open: _open, defaultOpen: _defaultOpen, trigger: _trigger, ...rest } = props;
  const { labels } = useDisplay(props);
  const themed = themeAttributes(useTheme(props.theme));
  const [ownOpen, setOwnOpen] = useState(props.defaultOpen ?? false);
  const open = props.open ?? ownOpen;
  // Mounted from the first open on, so its state (and Radix's exit) survives closing.
  const [mounted, setMounted] = useState(open);
  if (open && !mounted) setMounted(true);
  const triggerRef = useRef<HTMLElement>(null);
  const contentId = useId();
  const hasSelection = selection.count > 0;
  useEffect(() => {
    if (hasSelection) void loadContent();
  }, [hasSelection]);

  const changeOpen = (next: boolean) => {
    if (props.open === undefined) setOwnOpen(next);
    props.onOpenChange?.(next);
  };

  return (
    <>
      <Slot
        ref={triggerRef}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={mounted ? contentId : undefined}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={() => void loadContent()}
        onFocus={() => void loadContent()}
        onClick={(event: MouseEvent) => {
          if (!event.defaultPrevented) changeOpen(true);
        }}
      >
        {props.trigger ?? (
          <button
            type="button"
            disabled={selection.count === 0}
            data-slot="deposit-dialog-trigger"
            className={unstyled ? classNames.trigger : cx('ap-DepositDialog-trigger', classNames.trigger)}
            {...themed}
          >
            {labels.depositCount(selection.count)}
          </button>
        )}
      </Slot>
      {mounted && (
        <Suspense fallback={null}>
          <DepositDialogContent
            {...rest}
            selection={selection}
            unstyled={unstyled}
            classNames={classNames}
            open={open}
            onOpenChange={changeOpen}
            contentId={contentId}
            triggerRef={triggerRef}
          />
        </Suspense>
      )}
    </>
  );
}
