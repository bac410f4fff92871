export { PriceFilter, type PriceFilterProps, type PriceFilterSlot, type PriceRange } from './PriceFilter.js';
