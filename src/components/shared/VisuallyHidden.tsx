import type { CSSProperties, ReactNode } from 'react';

// Inline, so screen-reader-only text stays hidden even when the host skips our stylesheet.
const hidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Text for screen readers only. */
export function VisuallyHidden({ children }: { children?: ReactNode }) {
  return <span style={hidden}>{children}</span>;
}
