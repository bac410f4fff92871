import { useEffect, useState, type ReactNode } from 'react';
import '../src/styles/index.css';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// Hooks and core only (not src/index.ts), so the stories do not depend on the styled components.
import { AssetPayProvider } from '../src/hooks/index.js';
import type { ApiVariant, GetToken } from '../src/core/index.js';
import { startMockWorker } from '../src/mock/index.js';
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

const withAssetPay: Decorator = (Story, { id, parameters, globals }) => {
  const settings: AssetPayParameters = parameters.assetpay ?? {};
  const variant = variantOf(parameters, globals);
  return (
    <StoryProviders key={`${id}:${variant}`} getToken={settings.getToken ?? defaultGetToken} variant={variant}>
      <Story />
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
  },
  initialGlobals: { apiVariant: 'co' },
  loaders: [mockApiLoader],
  decorators: [withAssetPay],
  parameters: {
    // axe violations fail the story tests (`vitest --project storybook`).
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/i } },
  },
};

export default preview;
