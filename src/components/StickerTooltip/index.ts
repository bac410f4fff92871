export { StickerTooltip, type StickerTooltipProps, type StickerTooltipSlot } from './StickerTooltip.js';
