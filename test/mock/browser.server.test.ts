// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

const setupWorker = vi.fn();
vi.mock('msw/browser', () => ({ setupWorker }));

describe('startMockWorker on the server', () => {
  it('does nothing and resolves to null where there is no window (a Next.js prerender)', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const { createMockAssetPay, startMockWorker } = await import('../../src/mock/index.js');
    await expect(startMockWorker(createMockAssetPay())).resolves.toBeNull();
    expect(setupWorker).not.toHaveBeenCalled();
  });
});
