import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'unplugin-dts/vite';
import { readdirSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

// One entry per locale pack (`react-assetpay/locales/<tag>`): a site pays only for the packs it imports.
const locales = Object.fromEntries(
  readdirSync('src/locales')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);

const externals = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies),
  'msw',
];
const isExternal = (id: string) => externals.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src' })],
  publicDir: false,
  build: {
    lib: {
      entry: { index: 'src/index.ts', client: 'src/client.ts', core: 'src/core/index.ts', mock: 'src/mock/index.ts', ...locales },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      // One file per source module: an app's bundler then drops, or loads on demand, each module
      // on its own (the deposit dialog, the tooltip content), instead of whole shared chunks.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
    minify: false,
  },
});
