/**
 * Builds bench/bare-phaser.html, the baseline page of `npm run bench:web`, into a temporary
 * directory with the same Phaser chunking as the game.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';

export const BARE_OUT_DIR = resolve(tmpdir(), 'crisis-room-bare-phaser');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    outDir: BARE_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { 'bare-phaser': resolve(import.meta.dirname, 'bare-phaser.html') },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
});
