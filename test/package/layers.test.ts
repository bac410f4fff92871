import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const src = resolve(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) && !/\.stories\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

/** Which top-level folder of src/ an import lands in, or the package name for bare imports. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return relative(src, resolve(dirname(file), spec)).split(/[\\/]/)[0]!;
}

const layers: Record<string, { allowed: string[] }> = {
  core: { allowed: ['core', 'valibot'] },
  // socket.io-client only through a dynamic import, once a trade is followed.
  hooks: { allowed: ['core', 'hooks', 'react', '@tanstack/react-query', 'socket.io-client', '@radix-ui/primitive', '@radix-ui/react-compose-refs', '@radix-ui/react-use-callback-ref', '@radix-ui/react-use-layout-effect'] },
  mock: { allowed: ['core', 'mock', 'msw'] },
  components: {
    allowed: ['core', 'hooks', 'components', 'react', 'react-dom', '@radix-ui/react-dialog', '@radix-ui/primitive', '@radix-ui/react-compose-refs', '@radix-ui/react-slot', '@radix-ui/react-use-callback-ref', '@radix-ui/react-use-controllable-state', '@radix-ui/react-use-layout-effect', '@radix-ui/react-visually-hidden', '@floating-ui/react-dom', '@tanstack/react-virtual'],
  },
};

describe('layering of src/', () => {
  it.each(Object.entries(layers))('%s imports only what its layer may', (layer, { allowed }) => {
    const offending = filesUnder(join(src, layer)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => !allowed.includes(target(file, spec)))
        .map((spec) => `${relative(src, file)} → ${spec}`),
    );
    expect(filesUnder(join(src, layer)).length).toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });

  it('lets components reach core and hooks only through their public entry', () => {
    const entries = new Set(['core/index.ts', 'hooks/index.ts']);
    const deep = filesUnder(join(src, 'components')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.') && ['core', 'hooks'].includes(target(file, spec)))
        .filter((spec) => !entries.has(relative(src, resolve(dirname(file), spec)).replace(/\\/g, '/').replace(/\.js$/, '.ts')))
        .map((spec) => `${relative(src, file)} → ${spec}`),
    );
    expect(filesUnder(join(src, 'components')).some((file) => importsOf(file).some((spec) => spec.endsWith('/hooks/index.js')))).toBe(true);
    expect(deep).toEqual([]);
  });

  it('lets one component folder reach another only through its index.ts', () => {
    const deep = filesUnder(join(src, 'components')).flatMap((file) => {
      const own = relative(src, file).split(/[\\/]/)[1];
      return importsOf(file)
        .map((spec) => [spec, relative(src, resolve(dirname(file), spec)).split(/[\\/]/)] as const)
        .filter(([spec, parts]) => spec.startsWith('.') && parts[0] === 'components' && parts[1] !== own && parts[1] !== 'shared' && parts.length > 2)
        .filter(([, parts]) => parts[2] !== 'index.js')
        .map(([spec]) => `${relative(src, file)} → ${spec}`);
    });
    expect(deep).toEqual([]);
  });

  it('keeps every source file at 250 lines or fewer', () => {
    const long = Object.keys(layers)
      .flatMap((layer) => filesUnder(join(src, layer)))
      .map((file) => [relative(src, file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it('loads socket.io-client only by dynamic import, so first load never pays for it', () => {
    const files = Object.keys(layers).flatMap((layer) => filesUnder(join(src, layer)));
    const staticImports = files.filter((file) => /(?:import|export)[^'"(]*?from\s*['"]socket\.io-client['"]/.test(readFileSync(file, 'utf8')));
    const dynamic = files.filter((file) => /import\(\s*['"]socket\.io-client['"]\s*\)/.test(readFileSync(file, 'utf8')));
    expect(staticImports).toEqual([]);
    expect(dynamic.map((file) => relative(src, file))).toEqual(['hooks/realtimeSlot.ts']);
  });

  it('uses no DOM globals in core', () => {
    const offending = filesUnder(join(src, 'core')).filter((file) =>
      /\b(window|document|localStorage|sessionStorage|navigator)\b/.test(readFileSync(file, 'utf8').replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offending).toEqual([]);
  });
});
