import { hashString } from './random.js';

const SHAPES = [
  (fill: string) => `<circle cx="64" cy="48" r="30" fill="${fill}"/>`,
  (fill: string) => `<rect x="30" y="20" width="68" height="56" rx="8" fill="${fill}"/>`,
  (fill: string) => `<polygon points="64,12 104,48 64,84 24,48" fill="${fill}"/>`,
  (fill: string) => `<path d="M14 58 L78 34 L114 30 L112 42 L80 48 L40 70 Z" fill="${fill}"/>`,
] as const;

/**
 * A small deterministic SVG placeholder for a Steam icon hash, so stories and tests render without
 * the network. Only the hash's `[A-Za-z0-9_-]` characters are used, and only to derive numbers:
 * nothing from the input is written into the markup.
 */
export function mockIconSvg(hash: string): string {
  const safe = String(hash).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 256);
  const value = hashString(safe);
  const hue = value % 360;
  const shape = SHAPES[(value >>> 9) % SHAPES.length] ?? SHAPES[0];
  const fill = `hsl(${hue}, 70%, 55%)`;
  const back = `hsl(${(hue + 200) % 360}, 30%, 18%)`;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 96" width="128" height="96">' +
    `<rect width="128" height="96" fill="${back}"/>` +
    shape(fill) +
    '</svg>'
  );
}
