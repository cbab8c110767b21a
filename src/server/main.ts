/**
 * The session server's entry: `npm start` runs it beside Vite, `npm run serve` with the built
 * pages on the same port (--static dist). PORT (default 2567) and HOST (default 127.0.0.1 under
 * npm start, 0.0.0.0 for serve) say where it listens.
 */
import { resolve } from 'node:path';
import { bootServer } from './boot.ts';
import { serveStatic } from './static-files.ts';

const args = process.argv.slice(2);
const staticDir = args.includes('--static') ? resolve(args[args.indexOf('--static') + 1] ?? 'dist') : null;
const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? (staticDir ? '0.0.0.0' : '127.0.0.1');

try {
  const { server } = await bootServer({ env: process.env, ...(staticDir ? { http: serveStatic(staticDir) } : {}) });
  await server.listen(port, host);
  console.log(`Crisis Room session server on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${staticDir ? ` (pages from ${staticDir})` : ''}`);
} catch (error) {
  console.error(`The session server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
