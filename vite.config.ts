import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { cspMeta } from './vite/csp-plugin.ts';
import { gameChunks } from './vite/game-chunks.ts';
import { precompiledCatalogs } from './vite/i18n-plugin.ts';
import { preloadChunks } from './vite/preload-plugin.ts';
import { shippedScenarios } from './vite/scenario-plugin.ts';

/**
 * A strict Content-Security-Policy: no eval, no inline script, no remote anything. The built app
 * must run under it (tests/browser checks), so scenario text can never become code.
 * 'unsafe-inline' for styles only: Phaser sets style attributes on its canvas.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where `npm start`'s session server listens (scripts/start.mjs sets the same port). */
const LIVE_SERVER = `http://127.0.0.1:${process.env.LIVE_PORT ?? '2567'}`;

export default defineConfig({
  base: './',
  // The game's entry is small and imports Phaser (src/game.ts) and the rules (the core chunk, see
  // manualChunks) lazily, after starting the scenario download; the page fetches all of them at once.
  // The policy also goes into each built page (cspMeta), for hosts that send no headers.
  plugins: [precompiledCatalogs(), shippedScenarios(), preloadChunks('index.html', ['phaser', 'game', 'core']), cspMeta(CONTENT_SECURITY_POLICY)],
  // Workers are bundled apart, with only these plugins: their catalogs must be precompiled too.
  worker: { plugins: () => [precompiledCatalogs()] },
  server: {
    port: 5173,
    strictPort: false,
    // `npm start` runs the session server beside Vite (scripts/start.mjs); the pages reach it
    // through this same origin, as they do under `npm run serve`, so the CSP's 'self' covers it.
    proxy: {
      '/matchmake': LIVE_SERVER,
      '/live/scenarios': LIVE_SERVER,
      // Colyseus's room sockets: /<process id>/<room id>?sessionId=...
      '^/[\\w-]+/[\\w-]+\\?sessionId=': { target: LIVE_SERVER, ws: true },
    },
  },
  preview: {
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Every page at the top level is an entry: the game, the workshop, the facilitator console
      // and the debrief viewer.
      input: Object.fromEntries(
        readdirSync(import.meta.dirname)
          .filter((name) => name.endsWith('.html'))
          .map((name) => [name.replace(/\.html$/, ''), resolve(import.meta.dirname, name)]),
      ),
      output: {
        // The game's chunks (vite/game-chunks.ts); the other pages' are left to the bundler.
        codeSplitting: { groups: gameChunks },
      },
    },
  },
});
