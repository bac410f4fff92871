'use client';
// The React half of react-assetpay (hooks and styled components), one client module: the
// `react-server` entry re-exports it, so a Server Component sees client references here.
export * from './hooks/index.js';
export * from './components/index.js';
