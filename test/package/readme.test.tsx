// Every code block of README.md, as printed: quoted example files must be those files verbatim
// (the examples tests build and run them), every other TypeScript block is compiled against the
// sources (`react-assetpay` mapped to src/), and the quick start is rendered against the fake API
// with its own token source, served here as the integrator's route would serve it.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMockAssetPay } from '../../src/mock/index.js';
import { server } from '../server.js';
import pkg from '../../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w+)(?: (\S+))?\n([\s\S]*?)^```$/gm)].map(([, lang, label, body]) => ({ lang: lang!, label, body: body! }));
const typescriptBlocks = blocks.filter((block) => block.lang === 'ts' || block.lang === 'tsx');
const quoted = typescriptBlocks.filter((block) => block.label?.startsWith('examples/'));
const snippets = typescriptBlocks.filter((block) => block.label?.startsWith('readme/'));

// The snippets as files, so they can be compiled and imported exactly as printed.
const snippetDir = join(root, 'test/package/.readme');
rmSync(snippetDir, { recursive: true, force: true });
mkdirSync(snippetDir, { recursive: true });
for (const snippet of snippets) writeFileSync(join(snippetDir, basename(snippet.label!)), snippet.body);
/** Imports a snippet file written above (a computed path: the files do not exist when Vite transforms this one). */
const load = <Module,>(name: string): Promise<Module> => import(/* @vite-ignore */ join(snippetDir, name));
type QuickStart = { App: () => React.JSX.Element };
type MockInTests = { mock: ReturnType<typeof createMockAssetPay>; server: typeof server };

describe('README code blocks', () => {
  it('starts with the two repository commands, and both scripts exist', () => {
    const [first] = blocks;
    expect(first!.lang).toBe('sh');
    expect(first!.body.split('\n').filter(Boolean).map((line) => line.split('#')[0]!.trim())).toEqual(['npm install && npm start', 'npm test']);
    expect(pkg.scripts.start).toMatch(/storybook dev/);
    expect(pkg.scripts.test).toMatch(/vitest run/);
  });

  it('installs the package with its required peers, and msw only as a dev dependency', () => {
    const install = blocks.find((block) => block.lang === 'sh' && block.body.includes('npm install react-assetpay'))!;
    const lines = install.body.split('\n').map((line) => line.split('#')[0]!.trim()).filter(Boolean);
    const runtime = lines[0]!.split(/\s+/).slice(2);
    const required = Object.keys(pkg.peerDependencies).filter((name) => !pkg.peerDependenciesMeta[name as 'msw']?.optional && !name.startsWith('react'));
    expect(runtime).toEqual(['react-assetpay', ...required]);
    expect(lines[1]).toBe('npm install --save-dev msw');
  });

  it('labels every TypeScript block with the example file it quotes or the snippet file it is', () => {
    expect(typescriptBlocks.length).toBeGreaterThan(5);
    for (const block of typescriptBlocks) expect(block.label, block.body.slice(0, 80)).toMatch(/^(examples|readme)\//);
    expect(readme).not.toMatch(/@@QUOTE/);
  });

  it.each(quoted.map((block) => [block.label!, block.body] as const))('quotes %s verbatim (node scripts/readme-quotes.mjs)', (path, body) => {
    expect(existsSync(join(root, path))).toBe(true);
    expect(body).toBe(`${readFileSync(join(root, path), 'utf8').replace(/\n+$/, '')}\n`);
  });

  it('quotes the client wrapper, the token route and its backend call, and both apps', () => {
    expect(quoted.map((block) => block.label)).toEqual(expect.arrayContaining([
      'examples/next/app/providers.tsx',
      'examples/next/app/api/assetpay-token/route.ts',
      'examples/next/lib/clientToken.ts',
      'examples/vite/src/App.tsx',
    ]));
  });

  it('compiles every snippet against the package as published types would see it', () => {
    const entry = (path: string) => [join(root, path)];
    const program = ts.createProgram(snippets.map((snippet) => join(snippetDir, basename(snippet.label!))), {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      // What the README tells a Vite app to add, for the CSS import.
      types: ['vite/client'],
      typeRoots: [join(root, 'node_modules/@types'), join(root, 'node_modules')],
      paths: {
        'react-assetpay': entry('src/index.ts'),
        'react-assetpay/core': entry('src/core/index.ts'),
        'react-assetpay/mock': entry('src/mock/index.ts'),
        'react-assetpay/locales/*': entry('src/locales/*.ts'),
      },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  }, 60_000);

  it('sets up the fake API for tests as printed', async () => {
    const { mock, server: printed } = await load<MockInTests>('mock-in-tests.ts');
    expect(mock.handlers.length).toBeGreaterThan(0);
    expect(printed.listHandlers().length).toBe(mock.handlers.length);
  });
});

describe('README quick start, as printed', () => {
  // jsdom's fetch is Node's, which needs absolute URLs; a browser resolves the quick start's
  // relative `/api/assetpay-token` against the page, so do that here.
  let nodeFetch: typeof fetch;
  beforeEach(() => {
    nodeFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => nodeFetch(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  });
  afterEach(() => {
    globalThis.fetch = nodeFetch;
    cleanup();
  });

  const tokens: string[] = [];
  function serve(options: Parameters<typeof createMockAssetPay>[0] = {}) {
    const mock = createMockAssetPay({ seed: 4, ...options });
    server.use(
      http.get(new URL('/api/assetpay-token', window.location.href).href, () => {
        tokens.push('asked');
        return HttpResponse.json({ token: 'client-token-from-your-backend' });
      }),
      ...mock.handlers,
    );
    return mock;
  }

  it('shows the loading state, then the items, and deposits two of them with the token from the route', async () => {
    const mock = serve();
    const { App } = await load<QuickStart>('quick-start.tsx');
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByText('Loading your inventory…')).toBeInTheDocument();
    const items = await screen.findAllByRole('button', { pressed: false });
    const enabled = items.filter((button) => !(button as HTMLButtonElement).disabled);
    await user.click(enabled[0]!);
    await user.click(enabled[1]!);
    await user.click(screen.getByRole('button', { name: /^Deposit 2 for \$/ }));
    expect(await screen.findByText(/^Trade .+: INITIATED$/)).toBeInTheDocument();
    const deposits = mock.requests.filter((request) => request.method === 'POST');
    expect(deposits).toHaveLength(1);
    expect(deposits[0]!.headers.authorization).toBe('client-token-from-your-backend');
    expect(tokens.length).toBeGreaterThan(0);
  });

  it('shows why the inventory could not be loaded, with the request id', async () => {
    const mock = serve();
    mock.failNext('INVENTORY_PRIVATE', { endpoint: 'inventory' });
    const { App } = await load<QuickStart>('quick-start.tsx');
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Your inventory could not be loaded \(INVENTORY_PRIVATE, request \S+\)\.$/);
    expect(alert).not.toHaveTextContent('request none');
  });

  it('shows the panel in Russian, with one string of the pack changed, as printed', async () => {
    const mock = createMockAssetPay({ seed: 3 });
    server.use(...mock.handlers);
    const { Russian, Custom } = await load<{ Russian: () => React.JSX.Element; Custom: () => React.JSX.Element }>('languages.tsx');
    const { AssetPayProvider } = await import('../../src/index.js');
    const { ru } = await import('../../src/locales/ru.js');
    const { QueryClient } = await import('@tanstack/react-query');
    const view = render(<AssetPayProvider getToken={() => 'tok'} queryClient={new QueryClient()} refreshOnSessionStart={false}><Russian /></AssetPayProvider>);
    expect(screen.getByRole('region', { name: ru.depositPanel })).toHaveAttribute('lang', 'ru');
    expect(await screen.findByRole('heading', { name: ru.inventoryHeading })).toBeInTheDocument();
    view.unmount();
    render(<AssetPayProvider getToken={() => 'tok'} queryClient={new QueryClient()} refreshOnSessionStart={false}><Custom /></AssetPayProvider>);
    expect(await screen.findByRole('heading', { name: 'Ваши скины' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: ru.depositPanel })).toBeInTheDocument();
  });

  it('says so when there is nothing to deposit', async () => {
    serve({ inventories: { 730: [], 252490: [] } });
    const { App } = await load<QuickStart>('quick-start.tsx');
    render(<App />);
    expect(await screen.findByText('You have no CS2 items to deposit.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  });
});
