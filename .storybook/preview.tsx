import { useEffect, useState, type ReactNode } from 'react';
import '../src/styles/index.css';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// Hooks and core only (not src/index.ts), so the stories do not depend on the styled components.
import { AssetPayProvider } from '../src/hooks/index.js';
import type { ApiVariant, GetToken } from '../src/core/index.js';
import { startMockWorker } from '../src/mock/index.js';
import { DisplayProvider } from '../src/components/shared/display.js';
import type { Labels } from '../src/components/shared/labels.js';
import { mock, mockFor, setActiveMock, STORY_BASE_URLS, STORY_TOKEN, type AssetPayParameters } from './mockApi.js';

const defaultGetToken: GetToken = () => STORY_TOKEN;

/**
 * Starts the one MSW worker (only the first call starts it), then puts the fake API in the
 * story's state: fresh rows, no trades, no recorded requests, the story's scenario.
 */
/** The story's API variant: pinned by `parameters.assetpay.variant`, else the toolbar's "API" switch. */
function variantOf(parameters: { assetpay?: AssetPayParameters }, globals: { apiVariant?: unknown }): ApiVariant {
  return parameters.assetpay?.variant ?? (globals.apiVariant === 'gg' ? 'gg' : 'co');
}

const mockApiLoader: Loader = async ({ parameters, globals }) => {
  const settings: AssetPayParameters = parameters.assetpay ?? {};
  // Relative URL: works in `storybook dev`, in storybook-static under any sub-path, and in Vitest.
  const worker = await startMockWorker(mock, { serviceWorkerUrl: './mockServiceWorker.js', quiet: true });
  if (!worker) throw new Error('The mock API needs a browser');
  const active = mockFor(settings.seed, settings.counts, variantOf(parameters, globals), settings.mock);
  worker.resetHandlers();
  // The REST handlers and the realtime channel of the story's fake API (the default one's are the worker's own).
  if (active !== mock) worker.use(...active.handlers, ...active.socketHandlers);
  active.reset();
  active.setScenario(settings.scenario ?? 'default');
  for (const [key, options] of settings.failNext ?? []) active.failNext(key, options);
  for (const options of settings.dropNext ?? []) active.dropNext(options);
  setActiveMock(active);
  return {};
};

function StoryProviders({ getToken, variant, children }: { getToken: GetToken; variant: ApiVariant; children: ReactNode }) {
  // One QueryClient per story: no cache is shared between stories.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  useEffect(() => () => queryClient.clear(), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <AssetPayProvider getToken={getToken} baseUrl={STORY_BASE_URLS[variant]} queryClient={queryClient} refreshOnSessionStart={false}>
        {children}
      </AssetPayProvider>
    </QueryClientProvider>
  );
}

// The locale packs, loaded on demand: a story pays only for the one the toolbar picks.
const packs = import.meta.glob<{ default: Labels }>('../src/locales/*.ts');
/** The toolbar's locale tags: English first, then every pack. */
const LOCALES = ['en', ...Object.keys(packs).map((path) => path.slice('../src/locales/'.length, -3)).filter((tag) => tag !== 'en')];

/** The pack of the toolbar's "Language" switch (English unless a story pins `parameters.locale`). */
const localeLoader: Loader = async ({ parameters, globals }) => {
  const tag = (parameters.locale as string | undefined) ?? (typeof globals.locale === 'string' ? globals.locale : 'en');
  const load = packs[`../src/locales/${tag}.ts`] ?? packs['../src/locales/en.ts']!;
  return { labels: (await load()).default };
};

const withAssetPay: Decorator = (Story, { id, parameters, globals, loaded }) => {
  const settings: AssetPayParameters = parameters.assetpay ?? {};
  const variant = variantOf(parameters, globals);
  return (
    <StoryProviders key={`${id}:${variant}`} getToken={settings.getToken ?? defaultGetToken} variant={variant}>
      <DisplayProvider labels={loaded.labels as Labels}>
        <Story />
      </DisplayProvider>
    </StoryProviders>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  // Which published AssetPay API the provider and the fake API follow (api.assetpay.co or .gg).
  globalTypes: {
    apiVariant: {
      description: 'AssetPay API variant',
      toolbar: {
        title: 'API',
        icon: 'globe',
        items: [
          { value: 'co', title: 'api.assetpay.co' },
          { value: 'gg', title: 'api.assetpay.gg (OpenAPI)' },
        ],
        dynamicTitle: true,
      },
    },
    // The locale pack every component speaks (react-assetpay/locales/<tag>).
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'transfer',
        items: LOCALES.map((tag) => ({ value: tag, title: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag, right: tag })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { apiVariant: 'co', locale: 'en' },
  loaders: [mockApiLoader, localeLoader],
  decorators: [withAssetPay],
  parameters: {
    // axe violations fail the story tests (`vitest --project storybook`).
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/i } },
  },
};

export default preview;
