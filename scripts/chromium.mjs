// Finds a Chromium for browser tests and benchmarks, in this order:
// $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download, @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function playwrightBrowser() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function sparticuzBrowser() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    // Unpacks the browser shipped inside the npm package to /tmp (a few seconds, once).
    const script = "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
    const path = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

let cached;
/** Absolute path of a Chromium executable; throws naming every place it looked. */
export function findChromium() {
  if (cached) return cached;
  const candidates = [
    ['$CHROMIUM_PATH', () => process.env.CHROMIUM_PATH],
    ['/usr/bin/chromium', () => '/usr/bin/chromium'],
    ["Playwright's downloaded browser", playwrightBrowser],
    ['@sparticuz/chromium', sparticuzBrowser],
  ];
  for (const [, find] of candidates) {
    const path = find();
    if (path && existsSync(path)) return (cached = path);
  }
  throw new Error(`No Chromium found. Looked at: ${candidates.map(([name]) => name).join(', ')}. Set CHROMIUM_PATH or run: apt-get install -y chromium`);
}

/** Playwright launch options for headless Chromium on this machine. */
export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS };
}
