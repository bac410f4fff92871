import { describe, expect, it } from 'vitest';
import { getInventory, installMock, manyRows } from './helpers.js';

const ids = (json: any): string[] => json.data.inventory.map((item: { id: string }) => item.id);
const range = (from: number, to: number) => manyRows(to).slice(from).map((item) => item.id);

describe('inventory page cap (maxPageSize)', () => {
  it.each([
    [1, 0, 100],
    [2, 100, 200],
    [10, 900, 1000],
  ])('.co: perPage=500 page=%s is capped at 100 rows, offset by the capped size (rows %s-%s)', async (page, from, to) => {
    installMock({ inventories: { 730: manyRows(1000) } });
    const { status, json } = await getInventory({ perPage: 500, page });
    expect(status).toBe(200);
    expect(ids(json)).toEqual(range(from, to));
    expect(json.data.count).toBe(1000);
  });

  it('.co: a page past the end is empty, and count still counts every match', async () => {
    installMock({ inventories: { 730: manyRows(1000) } });
    const { json } = await getInventory({ perPage: 500, page: 11 });
    expect(json.data.inventory).toEqual([]);
    expect(json.data.count).toBe(1000);
  });

  it('.co: sizes at or below the cap are served as asked', async () => {
    installMock({ inventories: { 730: manyRows(1000) } });
    expect((await getInventory({ perPage: 100, page: 3 })).json.data.inventory).toHaveLength(100);
    expect(ids((await getInventory({ perPage: 100, page: 3 })).json)).toEqual(range(200, 300));
    expect((await getInventory()).json.data.inventory).toHaveLength(50);
  });

  it('.co: honours a custom maxPageSize', async () => {
    installMock({ inventories: { 730: manyRows(1000) }, maxPageSize: 250 });
    const { json } = await getInventory({ perPage: 500, page: 2 });
    expect(ids(json)).toEqual(range(250, 500));
  });

  it.each([
    [1, 0, 100],
    [2, 100, 200],
    [10, 900, 1000],
  ])('.gg: limit=500 page=%s is capped at 100 rows (rows %s-%s)', async (page, from, to) => {
    installMock({ variant: 'gg', inventories: { 730: manyRows(1000) } });
    const { status, json } = await getInventory({ limit: 500, page });
    expect(status).toBe(200);
    expect(ids(json)).toEqual(range(from, to));
    expect(json.data.count).toBe(1000);
  });

  it('.gg: limit=-1 turns paging off and returns every match in one answer, past the cap', async () => {
    installMock({ variant: 'gg', inventories: { 730: manyRows(1000) } });
    const all = await getInventory({ limit: -1 });
    expect(all.status).toBe(200);
    expect(ids(all.json)).toEqual(range(0, 1000));
    expect(all.json.data.count).toBe(1000);
    // The page number has nothing to pick from when paging is off.
    expect(ids((await getInventory({ limit: -1, page: 3 })).json)).toHaveLength(1000);
    const filtered = await getInventory({ limit: -1, maxPrice: 2.5 });
    expect(ids(filtered.json)).toEqual(range(0, 250));
    expect(filtered.json.data.count).toBe(250);
  });

  it('.gg: default limit is 50, and perPage is not a .gg parameter', async () => {
    installMock({ variant: 'gg', inventories: { 730: manyRows(1000) } });
    expect(ids((await getInventory()).json)).toEqual(range(0, 50));
    const ignored = await getInventory({ perPage: 2 });
    expect(ignored.status).toBe(200);
    expect(ignored.json.data.inventory).toHaveLength(50);
  });

  it.each(['0', '-2', '1.5', 'all', '50abc'])('.gg: rejects limit=%s with 422 VALIDATION_FAILED on limit', async (limit) => {
    installMock({ variant: 'gg' });
    const { status, json } = await getInventory({ limit });
    expect(status).toBe(422);
    expect(json.error).toMatchObject({ key: 'VALIDATION_FAILED', code: 1001 });
    expect(Object.keys(json.error.fields)).toEqual(['limit']);
  });

  it.each([0, -1, 1.5])('refuses maxPageSize %s', (maxPageSize) => {
    expect(() => installMock({ maxPageSize })).toThrow(RangeError);
  });
});
