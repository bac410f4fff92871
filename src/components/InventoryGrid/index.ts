export { InventoryGrid, type InventoryGridProps, type InventoryGridSlot } from './InventoryGrid.js';
