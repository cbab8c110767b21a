/**
 * The live-session server as its own process for browser tests, serving the built pages from the
 * same port as `npm run serve` does, so a test can kill it with SIGKILL and start it again on the
 * same port and data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface LiveProcess {
  readonly url: string;
  readonly dataDir: string;
  readonly port: number;
  child: ChildProcess;
  kill(): Promise<void>;
  restart(): Promise<void>;
}

async function spawnServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/server/main.ts'), '--static', resolve(ROOT, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CRISIS_ROOM_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the session server did not start:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('session server on')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => fail(new Error(`the session server exited (${code}):\n${output}`)));
  });
  return child;
}

export async function startLiveServer(): Promise<LiveProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'crisis-live-browser-'));
  const live: LiveProcess = {
    url: `http://127.0.0.1:${port}/`,
    dataDir,
    port,
    child: await spawnServer(port, dataDir),
    async kill() {
      const exited = new Promise((done) => live.child.once('exit', done));
      live.child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      live.child = await spawnServer(port, dataDir);
    },
  };
  return live;
}
