import type { PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import type { Charm, Sticker } from '../../core/index.js';
import type { AssetPayTheme } from '../../hooks/index.js';
import { themeAttributes, type Labels } from '../shared/index.js';
import { ItemImage } from '../ItemCard/index.js';
import type { StickerTooltipSlot } from './StickerTooltip.js';

/** Props of {@link StickerTooltipContent}; internal, set by `StickerTooltip`. */
export interface StickerTooltipContentProps {
  /** Id the trigger's `aria-describedby` points at. */
  id: string;
  /** The trigger, which the content is placed against. */
  reference: HTMLElement | null;
  state: 'delayed-open' | 'instant-open';
  /** Already in slot order. */
  stickers: Sticker[];
  charm?: Charm;
  iconSize: number;
  labels: Labels;
  theme: AssetPayTheme | undefined;
  className: (slot: StickerTooltipSlot) => string | undefined;
  onPointerEnter: (event: PointerEvent) => void;
  onPointerLeave: (event: PointerEvent) => void;
}

function wearText(wear: number | null | undefined, labels: Labels): string {
  // The API sends a 0–1 fraction; anything else is shown as unknown rather than as a wrong %.
  if (typeof wear !== 'number' || !Number.isFinite(wear) || wear < 0 || wear > 1) return labels.stickerUnscraped;
  return labels.stickerWear(Math.round(wear * 100));
}

const middleware = [
  offset(6),
  flip({ padding: 8 }),
  shift({ padding: 8 }),
  size({
    padding: 8,
    apply({ availableWidth, elements }) {
      elements.floating.style.setProperty('--ap-tooltip-available-width', `${Math.max(0, Math.floor(availableWidth))}px`);
    },
  }),
];

/**
 * The open sticker tooltip: a list of the stickers and charm, portalled to `document.body`,
 * themed, and kept above (or, without room, below) its trigger. Loaded on demand by
 * `StickerTooltip`, so a page pays for it and for Floating UI only once a tooltip opens.
 */
export default function StickerTooltipContent(props: StickerTooltipContentProps) {
  const { stickers, charm, iconSize, labels, className: c } = props;
  const { refs, floatingStyles, placement, isPositioned } = useFloating({
    placement: 'top',
    strategy: 'fixed',
    // top/left rather than a transform: the CSS animates `transform` (scale) on the same element.
    transform: false,
    middleware,
    whileElementsMounted: autoUpdate,
    elements: { reference: props.reference },
  });
  const themed = themeAttributes(props.theme);

  return createPortal(
    <div
      ref={refs.setFloating}
      id={props.id}
      role="tooltip"
      {...themed}
      style={{
        ...themed.style,
        ...floatingStyles,
        // The entry animation grows from the trigger's side.
        transformOrigin: placement.startsWith('bottom') ? '50% 0' : '50% 100%',
        // Hoverable even under a modal dialog that turns pointer events off on <body>.
        pointerEvents: 'auto',
        // Not shown (nor animated) at 0,0 before the first placement.
        ...(isPositioned ? null : { visibility: 'hidden', animation: 'none' }),
      }}
      data-slot="sticker-tooltip-content"
      data-state={props.state}
      data-side={placement.split('-')[0]}
      className={c('content')}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <ul data-slot="sticker-tooltip-list" className={c('list')}>
        {stickers.map((sticker, index) => (
          <li key={`${sticker.slot}-${index}`} data-slot="sticker-tooltip-sticker" className={c('sticker')}>
            <ItemImage iconUrl={sticker.iconUrl} size={iconSize} slot="sticker-tooltip-icon" className={c('icon')} />
            <span data-slot="sticker-tooltip-name" className={c('name')}>
              {sticker.name}
            </span>
            <span data-slot="sticker-tooltip-detail" className={c('detail')}>
              {labels.stickerSlot(sticker.slot)} · {wearText(sticker.wear, labels)}
            </span>
          </li>
        ))}
        {charm && (
          <li data-slot="sticker-tooltip-charm" className={c('charm')}>
            <ItemImage iconUrl={charm.iconUrl} size={iconSize} slot="sticker-tooltip-icon" className={c('icon')} />
            <span data-slot="sticker-tooltip-name" className={c('name')}>
              {charm.name}
            </span>
            <span data-slot="sticker-tooltip-detail" className={c('detail')}>
              {labels.charm}
            </span>
          </li>
        )}
      </ul>
    </div>,
    document.body,
  );
}
