export { ItemCard, type ItemCardProps, type ItemCardSlot } from './ItemCard.js';
export { ItemImage, type ItemImageProps } from './ItemImage.js';
export { WearBar, type WearBarProps } from './WearBar.js';
