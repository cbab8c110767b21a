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
/**
 * Connections the kernel may hold for the server while it is busy: when a process dies, all its
 * clients reconnect to the others at once (a join request, then a WebSocket each), and a starved
 * server accepts slowly. Node's default is 511; in a 3,100-client bench:live:scale run the accept
 * queue of one server held 2,800 connections waiting. A full queue drops handshakes, and the
 * clients send their SYNs again only 1, 3, 7 and 15 s later. Linux caps it at net.core.somaxconn;
 * LIVE_LISTEN_BACKLOG sets another.
 */
const backlog = Number(process.env.LIVE_LISTEN_BACKLOG) || 4096;

try {
  const { server } = await bootServer({ env: process.env, ...(staticDir ? { http: serveStatic(staticDir) } : {}) });
  await server.listen(port, host, backlog);
  console.log(`Crisis Room session server on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${staticDir ? ` (pages from ${staticDir})` : ''}`);
} catch (error) {
  console.error(`The session server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
