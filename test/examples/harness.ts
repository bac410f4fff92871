// Shared by the examples tests: the packed package, the production servers and Chromium.
// The examples install react-assetpay from `npm pack` output: globalSetup packs once, and
// `installPacked` unpacks that tarball into an example's node_modules, exactly the files a user gets.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLES = join(ROOT, 'examples');
/** Where globalSetup leaves the tarball of the package as `npm pack` makes it. */
export const TARBALL = join(ROOT, 'test/examples/.pack/react-assetpay.tgz');

/**
 * Unpacks the packed package into `<example>/node_modules/react-assetpay` (replacing what was there),
 * and puts MSW's worker file where the example's `msw.workerDirectory` says, as msw's own install
 * step does for an app (so the worker always matches the installed msw and is not committed twice).
 */
export function installPacked(example: string): string {
  const manifest = JSON.parse(readFileSync(join(EXAMPLES, example, 'package.json'), 'utf8')) as { msw?: { workerDirectory?: string[] } };
  for (const folder of manifest.msw?.workerDirectory ?? []) {
    mkdirSync(join(EXAMPLES, example, folder), { recursive: true });
    copyFileSync(join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js'), join(EXAMPLES, example, folder, 'mockServiceWorker.js'));
  }
  if (!existsSync(TARBALL)) throw new Error(`No tarball at ${TARBALL}: run through vitest.examples.config.ts (globalSetup packs)`);
  const target = join(EXAMPLES, example, 'node_modules/react-assetpay');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', TARBALL, '-C', target, '--strip-components=1']);
  return target;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a command to completion (a build), with its output shown only when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}) in ${options.cwd}:\n${output}`))));
  });
}

/** A long-running server (next start, vite preview), resolved once `url` answers. */
export interface Served {
  url: string;
  stop: () => Promise<void>;
}

export async function serve(command: string, args: string[], options: { cwd: string; url: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Served> {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(options.url);
      if (response.status < 500) return { url: options.url, stop };
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`${options.url} did not answer in time:\n${output}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions(), headless: true });
}

/** Everything the page said that a clean integration must not: console errors and warnings, page errors. */
export interface PageProblems {
  messages: string[];
}

export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: PageProblems = { messages: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.messages.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/**
 * The deposit every example must complete: pick the first two depositable cards in the grid, deposit,
 * confirm in the dialog, then see the page's own `TradeStatus` (in the region "Your deposit") move on
 * from its first stage. Returns the stages seen.
 */
export async function depositTwoItems(page: Page): Promise<{ first: string; later: string }> {
  const grid = page.getByRole('grid', { name: 'Inventory' });
  const cards = grid.locator('[data-slot=item-card-toggle]:not([aria-disabled=true])');
  await cards.nth(1).waitFor({ timeout: 30_000 });
  await cards.nth(0).click();
  await cards.nth(1).click();
  await page.getByRole('button', { name: 'Deposit 2 items' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm deposit' });
  await dialog.getByRole('button', { name: 'Confirm deposit' }).click();
  // On success the dialog's title, and so its name, becomes "Deposit started".
  await page.getByRole('dialog', { name: 'Deposit started' }).waitFor({ timeout: 30_000 });
  const status = page.getByRole('region', { name: 'Your deposit' }).locator('[data-slot=trade-status]');
  await status.waitFor({ timeout: 30_000 });
  const first = (await status.getAttribute('data-stage')) ?? '';
  await page.waitForFunction(
    (initial) => {
      const stage = document.querySelector('[aria-label="Your deposit"] [data-slot=trade-status]')?.getAttribute('data-stage');
      return stage !== undefined && stage !== null && stage !== initial;
    },
    first,
    { timeout: 30_000 },
  );
  const later = (await status.getAttribute('data-stage')) ?? '';
  return { first, later };
}
