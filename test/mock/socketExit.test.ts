// close() of the test Socket.IO server leaves nothing open: a Node process that used it exits by itself.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const fixture = resolve(__dirname, 'fixtures/socketExit.ts');

// Loads the TypeScript fixture through Vite's module runner, runs it, and then does nothing more:
// the process ends only when no socket, server or timer is left.
const script = `
const { runnerImport } = await import('vite');
const { module } = await runnerImport(${JSON.stringify(fixture)}, { configFile: false, logLevel: 'silent', root: ${JSON.stringify(root)} });
console.log(JSON.stringify({ heard: await module.run() }));
`;

describe('startMockSocketServer close()', () => {
  it('lets the process exit once a round trip is done and the server closed', async () => {
    const { code, stdout, stderr, killed } = await new Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }>((resolve) => {
      const child = execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: root, timeout: 15_000 }, (error, out, err) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout: out, stderr: err, killed: child.killed });
      });
    });
    expect(killed, `the process stayed up (open handles)\n${stderr}`).toBe(false);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ heard: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });
});
