import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/** Storybook reuses the library's vite.config.ts: keep its d.ts plugin out of storybook-static. */
const withoutDts = (plugins: PluginOption[] = []): PluginOption[] =>
  (plugins.flat(Infinity as 1) as PluginOption[]).filter(
    (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && String(plugin.name).includes('dts')),
  );

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Serves public/mockServiceWorker.js at the root, next to iframe.html.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: withoutDts(viteConfig.plugins),
    // Reached only through dynamic imports (the tooltip content, the dialog), so Vite would find
    // them late and reload the page with a second React; pre-bundle them from the start.
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), '@floating-ui/react-dom', '@radix-ui/primitive', '@radix-ui/react-compose-refs', '@radix-ui/react-dialog', '@radix-ui/react-slot', '@radix-ui/react-use-callback-ref', '@radix-ui/react-use-controllable-state', '@radix-ui/react-use-layout-effect', '@radix-ui/react-visually-hidden'] },
  }),
};

export default config;
