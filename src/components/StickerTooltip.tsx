import { useState } from 'react';
import * as Tooltip from '@radix-ui/react-tooltip';
import type { Charm, Sticker } from '../core/index.js';
import type { AssetPayTheme } from '../hooks/index.js';
import { cx, themeAttributes, useDisplay, useTheme, type DisplayProps, type Labels } from './shared/index.js';
import { ItemImage } from './ItemImage.js';

/** Parts of a sticker tooltip that take a class name. */
export type StickerTooltipSlot = 'trigger' | 'triggerIcon' | 'content' | 'list' | 'sticker' | 'icon' | 'name' | 'detail' | 'charm';

/** Props of {@link StickerTooltip}. */
export interface StickerTooltipProps extends DisplayProps {
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
  /** Class name of the root (the trigger). */
  className?: string;
  /** Class names of the parts. */
  classNames?: Partial<Record<StickerTooltipSlot, string>>;
  /** Drop our class names (data attributes stay). @default false */
  unstyled?: boolean;
}

/** A decorative Steam icon; unsafe or broken icons become an empty placeholder. */
function StickerIcon({ iconUrl, size, slot, className }: { iconUrl: string | undefined; size: number; slot: string; className?: string }) {
  return <ItemImage iconUrl={iconUrl} size={size} slot={slot} className={className} />;
}

function wearText(wear: number | null | undefined, labels: Labels): string {
  // The API sends a 0–1 fraction; anything else is shown as unknown rather than as a wrong %.
  if (typeof wear !== 'number' || !Number.isFinite(wear) || wear < 0 || wear > 1) return labels.stickerUnscraped;
  return labels.stickerWear(Math.round(wear * 100));
}

/**
 * The stickers and charm of an item as small icons on a button; hover, focus or a tap shows a
 * tooltip listing each sticker by slot with its name and how much it is scraped. Renders
 * nothing without stickers or charm. The tooltip is portalled and carries the theme.
 * @selector [data-state="closed" | "delayed-open" | "instant-open"] (trigger and content)
 */
export function StickerTooltip(props: StickerTooltipProps) {
  const { stickers, charm, iconSize = 48, unstyled = false, classNames = {} } = props;
  const { labels } = useDisplay(props);
  const theme = useTheme(props.theme);
  const [open, setOpen] = useState(false);
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
    <Tooltip.Provider delayDuration={props.delayDuration ?? 150}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger
          type="button"
          data-slot="sticker-tooltip-trigger"
          className={cx(c('trigger'), props.className)}
          aria-label={name}
          tabIndex={props.tabIndex}
          onClick={(event) => {
            // Radix closes on click; a tap is the only way to open it on touch screens.
            event.preventDefault();
            setOpen(true);
          }}
        >
          {sorted.map((sticker, index) => (
            <StickerIcon key={`${sticker.slot}-${index}`} iconUrl={sticker.iconUrl} size={iconSize} slot="sticker-tooltip-trigger-icon" className={c('triggerIcon')} />
          ))}
          {charm && <StickerIcon iconUrl={charm.iconUrl} size={iconSize} slot="sticker-tooltip-trigger-icon" className={c('triggerIcon')} />}
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            {...themeAttributes(theme)}
            data-slot="sticker-tooltip-content"
            className={c('content')}
            side="top"
            sideOffset={6}
            collisionPadding={8}
          >
            <ul data-slot="sticker-tooltip-list" className={c('list')}>
              {sorted.map((sticker, index) => (
                <li key={`${sticker.slot}-${index}`} data-slot="sticker-tooltip-sticker" className={c('sticker')}>
                  <StickerIcon iconUrl={sticker.iconUrl} size={iconSize} slot="sticker-tooltip-icon" className={c('icon')} />
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
                  <StickerIcon iconUrl={charm.iconUrl} size={iconSize} slot="sticker-tooltip-icon" className={c('icon')} />
                  <span data-slot="sticker-tooltip-name" className={c('name')}>
                    {charm.name}
                  </span>
                  <span data-slot="sticker-tooltip-detail" className={c('detail')}>
                    {labels.charm}
                  </span>
                </li>
              )}
            </ul>
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
