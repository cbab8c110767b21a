/**
 * The game's first download stays within its budget against Phaser alone (issues #19 and #20):
 * sizes of the built files, not times, so the result is the same on every machine. Reads dist/,
 * which the browser project's `vite build` has just written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts } from './initial-scripts';

const DIST = resolve(import.meta.dirname, '../../dist');
/**
 * Everything but Phaser, as a share of Phaser: 17.4 % before the Korean edition (60.2 kB of
 * 346 kB gzipped), the figure the game must not exceed. bench:web's aim is below 15 %.
 */
const BUDGET = 0.174;

describe("the game's initial JavaScript", () => {
  it('is within its budget against Phaser', () => {
    expect(existsSync(resolve(DIST, 'index.html')), 'dist/ is built by the browser project (vite build)').toBe(true);
    const { phaser, rest, files } = initialScripts(DIST, 'index.html');
    expect(files.some((file) => /phaser-/.test(file)), 'Phaser is preloaded').toBe(true);
    const share = rest / phaser;
    expect(share, `${rest} bytes gzipped beside Phaser's ${phaser}: ${(100 * share).toFixed(1)} %, budget ${100 * BUDGET} % (${files.join(', ')})`).toBeLessThanOrEqual(BUDGET);
  });

  it('leaves the later screens, Korean and the workshop hand-over to load on demand', () => {
    const { files } = initialScripts(DIST, 'index.html');
    const names = files.map((file) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''));
    const lazy = ['later', 'ko', 'english', 'debrief-english', 'opening-workshop', 'scenario', 'save-check'];
    expect(names.filter((name) => lazy.includes(name))).toEqual([]);
    // They are built, as chunks of their own, so the test above is not passing for want of them.
    const built = readdirSync(resolve(DIST, 'assets')).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
    for (const name of ['later', 'ko', 'opening-workshop', 'save-check']) expect(built, name).toContain(name);
  });
});
