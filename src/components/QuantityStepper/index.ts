export { QuantityStepper, type QuantityStepperProps, type QuantityStepperSlot } from './QuantityStepper.js';
