import { describe, expect, it } from 'vitest';
import type { RawInventoryItem } from '../../src/mock/index.js';
import { installMock, row, stack } from './helpers.js';

const setup = () =>
  installMock({
    inventories: {
      730: [row('d-ok-1', 'AK-47 | Redline', 0.1), row('d-nooffer', 'Kilowatt Case', null, { accepted: false })],
      252490: [stack('r-wood', 'Wood', 0.07, 100)],
    },
  });
const find = (rows: RawInventoryItem[], id: string) => rows.find((item) => item.id === id) as RawInventoryItem;

describe('reprice', () => {
  it('changes price and reference every time, even back to the first price', () => {
    const mock = setup();
    const item = find(mock.inventory(730), 'd-ok-1');
    const references = [item.offer?.reference];
    mock.reprice('d-ok-1', 0.5);
    references.push(item.offer?.reference);
    mock.reprice('d-ok-1', 0.1);
    references.push(item.offer?.reference);
    expect(item.offer?.price).toBe(0.1);
    expect(new Set(references).size).toBe(3);
  });

  it.each<[string, string, number]>([
    ['an unknown id', 'nope-1', 1],
    ['an item without offer', 'd-nooffer', 1],
    ['a fraction of a cent', 'd-ok-1', 1.234],
    ['a negative price', 'd-ok-1', -1],
  ])('throws for %s', (_label, id, price) => {
    const mock = setup();
    expect(() => mock.reprice(id, price)).toThrow();
  });

  it('finds Rust items too', () => {
    const mock = setup();
    mock.reprice('r-wood', 0.08);
    expect(find(mock.inventory(252490), 'r-wood').offer?.price).toBe(0.08);
  });
});
