// Trade tracking without React: stages of both API variants, the timeline, the polling delay.
export * from './stage.js';
export * from './timeline.js';
export * from './poll.js';
export * from './hold.js';
export * from './offer.js';
