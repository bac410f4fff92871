export { DepositSummary, type DepositSummaryProps, type DepositSummarySelection, type DepositSummarySlot } from './DepositSummary.js';
