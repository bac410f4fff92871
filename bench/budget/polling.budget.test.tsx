// Request budget without realtime: useTrade polls GET /client/trades (see bench/budget/run.mjs).
import { it } from 'vitest';
import { runMode } from './runMode.js';

it('request budget, realtime off (polling)', () => runMode('polling'));
