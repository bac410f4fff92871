export { TradeStatus, type TradeStatusProps, type TradeStatusSlot } from './TradeStatus.js';
