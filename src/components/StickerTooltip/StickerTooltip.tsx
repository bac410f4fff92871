import { forwardRef, lazy, memo, Suspense, useCallback, useEffect, useId, useRef, useState, type ButtonHTMLAttributes, type ComponentType, type PointerEvent, type Ref } from 'react';
import { composeEventHandlers } from '@radix-ui/primitive';
import type { Charm, Sticker } from '../../core/index.js';
import type { AssetPayTheme } from '../../hooks/index.js';
import { cx, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import { ItemImage } from '../ItemCard/index.js';
import type { StickerTooltipContentProps } from './StickerTooltipContent.js';

/** Parts of a sticker tooltip that take a class name. */
export type StickerTooltipSlot = 'trigger' | 'triggerIcon' | 'content' | 'list' | 'sticker' | 'icon' | 'name' | 'detail' | 'charm';

/**
 * Props of {@link StickerTooltip}. Other HTML attributes (`id`, `aria-*`, `data-*`, handlers) go on
 * its root, the trigger button: `aria-label` replaces the sticker list as its name, `aria-describedby`
 * is joined with the tooltip's id, and handlers we also set run after yours (`preventDefault` skips ours).
 */
export interface StickerTooltipProps extends DisplayProps, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> {
  /** Stickers (or patches) on the item, in any order: they are listed by slot. */
  stickers: Sticker[];
  /** The keychain/charm on the item, if any. */
  charm?: Charm;
  /** Tab index of the trigger, for a grid's roving tabindex. @default 0 */
  tabIndex?: number;
  /** Square icon size requested from Steam, in px. @default 48 */
  iconSize?: number;
  /** Theme of the portalled content. @default the `AssetPayProvider` theme */
  theme?: AssetPayTheme;
  /** Delay before the tooltip opens on hover, in ms. @default 150 */
  delayDuration?: number;
  /** Class name of the root (the trigger), after ours. @default undefined */
  className?: string;
  /** Class names of the parts. @default {} */
  classNames?: Partial<Record<StickerTooltipSlot, string>>;
  /** Drop our class names (data attributes stay). @default false */
  unstyled?: boolean;
}

type State = 'closed' | 'delayed-open' | 'instant-open';

/** How long the tooltip stays after the pointer leaves trigger or content, so it can cross the gap. */
const CLOSE_GRACE_MS = 200;

// The content (and Floating UI with it) is a separate chunk, fetched when a tooltip is first
// about to open. A failed fetch shows no tooltip rather than breaking the grid: the trigger's
// name already lists every sticker.
let contentModule: Promise<{ default: ComponentType<StickerTooltipContentProps> }> | undefined;
const loadContent = () => (contentModule ??= import('./StickerTooltipContent.js').catch(() => ({ default: () => null })));
const StickerTooltipContent = lazy(loadContent);

/** Closes the one sticker tooltip that is open, if any: opening another closes it. */
let closeOpenTooltip: (() => void) | null = null;

/**
 * The stickers and charm of an item as small icons on a button; hover (after `delayDuration`),
 * keyboard focus or a click/tap shows a tooltip listing each sticker by slot with its name and
 * how much it is scraped. Escape, blur, a pointer down elsewhere or moving the pointer off both
 * trigger and tooltip closes it; one sticker tooltip is open at a time. Renders nothing without
 * stickers or charm. Until first use it is only the button: the tooltip's code loads on demand.
 * The tooltip is portalled to `document.body` and carries the theme. Its ref is the trigger button.
 * @selector [data-state="closed" | "delayed-open" | "instant-open"] (trigger and content)
 */
/** Memoised: a card re-rendered for its selection leaves it alone. */
export const StickerTooltip = /* @__PURE__ */ memo(/* @__PURE__ */ forwardRef<HTMLButtonElement, StickerTooltipProps>(StickerTooltipRender));

function StickerTooltipRender(props: StickerTooltipProps, ref: Ref<HTMLButtonElement>) {
  const { stickers, charm, iconSize = 48, unstyled = false, classNames = {} } = props;
  const {
    stickers: _s, charm: _c, iconSize: _i, theme: _t, delayDuration: _d, className: _cn, classNames: _cns, unstyled: _u, labels: _l, locale: _lo, currency: _cu,
    onPointerEnter, onPointerLeave, onFocus, onBlur, onClick, 'aria-describedby': describedBy, ...rest
  } = props;
  const delay = props.delayDuration ?? 150;
  const { labels } = useDisplay(props);
  const theme = useTheme(props.theme);
  const contentId = useId();
  const [state, setState] = useState<State>('closed');
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  // The pending open (hover delay) or close (grace period); never both.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const open = state !== 'closed';

  // Stable, so the registry can tell this tooltip from the others.
  const close = useCallback(function close() {
    clearTimeout(timer.current);
    if (closeOpenTooltip === close) closeOpenTooltip = null;
    setState('closed');
  }, []);
  const show = (next: Exclude<State, 'closed'>) => {
    clearTimeout(timer.current);
    if (closeOpenTooltip !== close) {
      closeOpenTooltip?.();
      closeOpenTooltip = close;
    }
    setState((prev) => (prev === 'closed' ? next : prev));
  };
  const closeSoon = (event: PointerEvent) => {
    // A touch "leaves" at the end of every tap: that must not close what the tap opened.
    if (event.pointerType === 'touch') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(close, CLOSE_GRACE_MS);
  };
  const stay = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') clearTimeout(timer.current);
  };
  /** First interaction: fetch the content now, so it is usually there when the delay ends. */
  const prepare = (element: HTMLButtonElement) => {
    void loadContent();
    setTrigger(element);
  };

  useEffect(() => {
    if (!open) return;
    // On window, capturing: before a surrounding dialog's document listener, which then never
    // sees the Escape that closed the tooltip. Closed tooltips let Escape through.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    const onPointerDown = (event: globalThis.PointerEvent) => {
      const target = event.target as Node | null;
      if (trigger?.contains(target) || document.getElementById(contentId)?.contains(target)) return;
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [open, close, trigger, contentId]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (closeOpenTooltip === close) closeOpenTooltip = null;
    },
    [close],
  );

  const c = (slot: StickerTooltipSlot) => (unstyled ? classNames[slot] : cx(`ap-StickerTooltip-${slot}`, classNames[slot]));
  if (stickers.length === 0 && !charm) return null;

  const sorted = [...stickers].sort((a, b) => a.slot - b.slot);
  const name = [
    sorted.length > 0 && `${labels.stickers}: ${sorted.map((sticker) => sticker.name).join(', ')}`,
    charm && `${labels.charm}: ${charm.name}`,
  ]
    .filter(Boolean)
    .join('; ');

  return (
    <>
      <button
        aria-label={name}
        {...rest}
        ref={ref}
        type="button"
        data-slot="sticker-tooltip-trigger"
        data-state={state}
        className={cx(c('trigger'), props.className)}
        aria-describedby={cx(describedBy, open && contentId)}
        onPointerEnter={composeEventHandlers(onPointerEnter, (event) => {
          prepare(event.currentTarget);
          if (event.pointerType === 'touch') return; // a tap opens through click
          clearTimeout(timer.current);
          if (!open) timer.current = setTimeout(() => show('delayed-open'), delay);
        })}
        onPointerLeave={composeEventHandlers(onPointerLeave, closeSoon)}
        onFocus={composeEventHandlers(onFocus, (event) => {
          prepare(event.currentTarget);
          show('instant-open');
        })}
        onBlur={composeEventHandlers(onBlur, close)}
        onClick={composeEventHandlers(onClick, (event) => {
          // The only way to open it on touch screens.
          prepare(event.currentTarget);
          show('instant-open');
        })}
      >
        {sorted.map((sticker, index) => (
          <ItemImage key={`${sticker.slot}-${index}`} iconUrl={sticker.iconUrl} size={iconSize} slot="sticker-tooltip-trigger-icon" className={c('triggerIcon')} />
        ))}
        {charm && <ItemImage iconUrl={charm.iconUrl} size={iconSize} slot="sticker-tooltip-trigger-icon" className={c('triggerIcon')} />}
      </button>
      {open && (
        <Suspense fallback={null}>
          <StickerTooltipContent
            id={contentId}
            reference={trigger}
            state={state}
            stickers={sorted}
            charm={charm}
            iconSize={iconSize}
            labels={labels}
            theme={theme}
            className={c}
            onPointerEnter={stay}
            onPointerLeave={closeSoon}
          />
        </Suspense>
      )}
    </>
  );
}
