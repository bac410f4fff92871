// The `strict` project: every component test again, each render wrapped in <StrictMode> (double
// render and effect runs in development), so state kept outside React or written during render shows.
import { configure } from '@testing-library/react';

configure({ reactStrictMode: true });
(globalThis as { __STRICT__?: boolean }).__STRICT__ = true;
