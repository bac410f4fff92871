export { DepositDialog, type DepositDialogProps, type DepositDialogSlot } from './DepositDialog.js';
