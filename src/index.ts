'use client';
// react-assetpay: the framework-free core, the React hooks and the styled components.
export * from './core/index.js';
export * from './client.js';
