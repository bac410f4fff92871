import { memo, useState } from 'react';
import { steamIconUrl } from '../../core/index.js';

/** Props of {@link ItemImage}. */
export interface ItemImageProps {
  iconUrl: string | undefined;
  /** Square size requested from Steam's CDN, in px. @default 128 */
  size?: number;
  className?: string;
  /** `data-slot` of the element. @default 'item-image' */
  slot?: string;
}

/**
 * A lazily loaded Steam icon. Anything `steamIconUrl` refuses, and any image that fails to
 * load, shows a neutral placeholder instead. Decorative: the card's name says what it is.
 */
export const ItemImage = /* @__PURE__ */ memo(function ItemImage({ iconUrl, size = 128, className, slot = 'item-image' }: ItemImageProps) {
  const src = steamIconUrl(iconUrl, { size });
  const [failed, setFailed] = useState<string | null>(null);
  if (!src || failed === src) {
    return <span data-slot={slot} data-placeholder="" className={className} aria-hidden="true" />;
  }
  return (
    <img
      data-slot={slot}
      className={className}
      src={src}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setFailed(src)}
    />
  );
});
