import { forwardRef, memo, useState, type HTMLAttributes, type Ref } from 'react';
import { composeEventHandlers } from '@radix-ui/primitive';
import { steamIconUrl } from '../../core/index.js';

/** Props of {@link ItemImage}. Other HTML attributes and handlers go on its root (the `img`, or the placeholder `span`). */
export interface ItemImageProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  iconUrl: string | undefined;
  /** Square size requested from Steam's CDN, in px. @default 128 */
  size?: number;
  /** Class name of the root, after ours. @default undefined */
  className?: string;
  /** `data-slot` of the element. @default 'item-image' */
  slot?: string;
}

/**
 * A lazily loaded Steam icon. Anything `steamIconUrl` refuses, and any image that fails to
 * load, shows a neutral placeholder instead. Decorative: the card's name says what it is.
 */
export const ItemImage = /* @__PURE__ */ memo(/* @__PURE__ */ forwardRef<HTMLElement, ItemImageProps>(ItemImageRender));

function ItemImageRender({ iconUrl, size = 128, className, slot = 'item-image', onError, ...rest }: ItemImageProps, ref: Ref<HTMLElement>) {
  const src = steamIconUrl(iconUrl, { size });
  const [failed, setFailed] = useState<string | null>(null);
  if (!src || failed === src) {
    return <span {...rest} ref={ref} data-slot={slot} data-placeholder="" className={className} aria-hidden="true" />;
  }
  return (
    <img
      {...rest}
      ref={ref as Ref<HTMLImageElement>}
      data-slot={slot}
      className={className}
      src={src}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={composeEventHandlers(onError, () => setFailed(src))}
    />
  );
}
