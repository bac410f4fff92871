// Writes dist/server.js, the `react-server` export of "." (Server Components in the Next.js App
// Router). It is not a client module, so the core helpers (`formatCents`, `toCents`, …) are real
// functions on the server, while everything from the 'use client' module dist/client.js (hooks and
// components) stays a client reference that a server page may render. Written here rather than
// bundled, so it imports client.js itself and not the chunk behind it, which has no directive.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
writeFileSync(
  resolve(dist, 'server.js'),
  "// react-assetpay for Server Components: the core as code, the React half as client references.\nexport * from './core.js';\nexport * from './client.js';\n",
);
console.log('server-entry: wrote dist/server.js');
