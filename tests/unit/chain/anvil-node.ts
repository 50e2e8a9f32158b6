import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from '../../support/free-port';

// A real EVM node for the tests: Anvil, from the dev dependency @foundry-rs/anvil-linux-amd64,
// on a free loopback port, stopped after.

export const ANVIL_SUPPORTED = process.platform === 'linux' && process.arch === 'x64';

export function anvilBinary(): string {
  const require = createRequire(import.meta.url);
  const binary = join(dirname(require.resolve('@foundry-rs/anvil-linux-amd64/package.json')), 'bin', 'anvil');
  if (!existsSync(binary)) throw new Error(`the Anvil binary is missing from its package (${binary}); run npm ci`);
  return binary;
}


export interface AnvilNode {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }), signal: AbortSignal.timeout(500) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts Anvil and resolves once it answers JSON-RPC. */
export async function startAnvil(args: string[] = []): Promise<AnvilNode> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(anvilBinary(), ['--host', '127.0.0.1', '--port', String(port), '--silent', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`Anvil exited at start (${child.exitCode}): ${stderr.slice(0, 500)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Anvil did not answer on ${url} within 15 s: ${stderr.slice(0, 500)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
