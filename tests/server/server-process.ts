/** A session server as a child process (the real entry, src/server/main.ts), for tests and the benchmark. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export async function startServerProcess(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LIVE_PUBLIC_ADDRESS: `127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the session server on ${port} did not start:\n${output}`)), 60_000);
    const listen = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('session server on')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => fail(new Error(`the session server on ${port} exited (${code}):\n${output}`)));
  });
  // A server that dies on its own says why (a killed one was killed on purpose).
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL') console.error(`the session server on ${port} exited (${code ?? signal}):\n${output.slice(-4000)}`);
  });
  return child;
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}
