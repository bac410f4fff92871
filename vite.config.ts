import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'unplugin-dts/vite';
import pkg from './package.json' with { type: 'json' };

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
      entry: { index: 'src/index.ts', client: 'src/client.ts', core: 'src/core/index.ts', mock: 'src/mock/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
    },
    sourcemap: true,
    minify: false,
  },
});
