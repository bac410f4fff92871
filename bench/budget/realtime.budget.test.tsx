// Request budget with realtime: pushed trade events over fake sockets, polls as a safety net (see bench/budget/run.mjs).
import { it } from 'vitest';
import { runMode } from './runMode.js';

it('request budget, realtime on', () => runMode('realtime'));
