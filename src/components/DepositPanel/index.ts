export { DepositPanel, type DepositPanelProps, type DepositPanelSlot } from './DepositPanel.js';
