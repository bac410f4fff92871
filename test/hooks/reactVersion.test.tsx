import { describe, expect, it } from 'vitest';
import { version } from 'react';
import { version as domVersion } from 'react-dom';

describe('React under test', () => {
  it('is the version this project runs the suite against', () => {
    // The `unit` project runs on React 19; the `react18` project aliases React 18 in its place.
    const expected = (globalThis as { __REACT18__?: boolean }).__REACT18__ ? '18' : '19';
    expect(version.split('.')[0]).toBe(expected);
    expect(domVersion).toBe(version);
  });
});
