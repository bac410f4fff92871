import { forwardRef, lazy, Suspense, useEffect, useId, useRef, useState, type HTMLAttributes, type MouseEvent, type ReactNode, type Ref } from 'react';
import { Slot } from '@radix-ui/react-slot';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import type { Trade } from '../../core/index.js';
import { preloadDeposit, type AssetPayTheme, type UseDepositResult, type UseDepositSelectionResult } from '../../hooks/index.js';
import { cx, themeAttributes, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import type { DepositDialogSlot } from './DepositDialogParts.js';

export type { DepositDialogSlot } from './DepositDialogParts.js';

/**
 * Props of {@link DepositDialog}. Other HTML attributes (`id`, `aria-*`, `data-*`, `style`, handlers)
 * go on the dialog content, its visible root, as on a Radix `Dialog.Content`: `id` is also what the
 * trigger's `aria-controls` names, `aria-describedby` is joined with the description's id, and Radix
 * runs its own handlers (focus trap, Escape) after yours.
 */
export interface DepositDialogProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
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
  /** Controlled open state; leave it out (`undefined`) to let the dialog keep its own. @default undefined */
  open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  defaultOpen?: boolean;
  /**
   * Called when the open state changes (uncontrolled), or asks to (controlled): on the trigger's
   * click, Cancel, Close, Escape or a click outside. Closing is refused while a deposit is being
   * sent. @default undefined
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * Element that opens the dialog (it must take a ref and props: they are merged onto it, its own
   * `onClick` runs first and may `preventDefault`). @default a button "Deposit N items", disabled
   * while nothing is selected
   */
  trigger?: ReactNode;
  /** Theme of the portalled overlay and content (and of the default trigger). @default the provider's theme */
  theme?: AssetPayTheme;
  /** Class name of the dialog content (the visible root), after ours. @default undefined */
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
 * the dialog opens, so it costs nothing on a page's first load. Its ref is the dialog content's
 * element, set while the dialog is mounted (from the first open on).
 * @selector [data-slot=deposit-dialog-content] [data-state] [data-pending] [data-success]
 */
export const DepositDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, DepositDialogProps>(DepositDialogRender);

function DepositDialogRender(props: DepositDialogProps, ref: Ref<HTMLDivElement>) {
  const { selection, unstyled = false, classNames = {}, open: _open, defaultOpen: _defaultOpen, onOpenChange: _onOpenChange, trigger: _trigger, id, ...rest } = props;
  const { labels } = useDisplay(props);
  const themed = themeAttributes(useTheme(props.theme));
  const [open, setOpen] = useControllableState({ prop: props.open, defaultProp: props.defaultOpen ?? false, onChange: props.onOpenChange, caller: 'DepositDialog' });
  // Mounted from the first open on, so its state (and Radix's exit) survives closing.
  const [mounted, setMounted] = useState(open);
  if (open && !mounted) setMounted(true);
  const triggerRef = useRef<HTMLElement>(null);
  const ownId = useId();
  const contentId = id ?? ownId;
  const hasSelection = selection.count > 0;
  useEffect(() => {
    if (hasSelection) void loadContent();
  }, [hasSelection]);

  // Closing while sending is refused by the content, before it gets here.
  const changeOpen = (next: boolean) => setOpen(next);

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
            contentRef={ref}
            triggerRef={triggerRef}
          />
        </Suspense>
      )}
    </>
  );
}
