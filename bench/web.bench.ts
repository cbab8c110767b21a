/**
 * The browser game against a bare Phaser page (same Phaser build, one line of text), in headless
 * Chromium, in one run: time from navigation to the first clickable choice of `?scenario=breach_33m`
 * (the briefing's Continue is pressed the moment it is clickable), the 95th-percentile frame time
 * while the meters animate, and the gzipped size of the initial JavaScript beside Phaser's own.
 * Run: npm run bench:web (builds dist/ first).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchBrowser, startApp } from '../tests/browser/harness';
import { initialScripts } from '../tests/browser/initial-scripts';
import { BARE_OUT_DIR } from './vite.bare.config';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;
/** Non-Phaser initial JavaScript as a share of Phaser before the Korean edition (issues #19, #20). */
const INITIAL_BUDGET = 0.174;
/** How long frames are recorded while the dials sweep (the sweep lasts 1.1 s). */
const FRAME_WINDOW_MS = 1100;
const VIEWPORT = { width: 1280, height: 720 };

interface Sample {
  readonly loadMs: number;
  /** Bare page only: the end of its first render call, before paint (the rule before 2026-11-28). */
  readonly drawnMs?: number;
  readonly frames: readonly number[];
}

/**
 * In the page, from its first script on: press the briefing's Continue as soon as it exists and
 * note when a choice is clickable (laid out and painted: the frame after it appears).
 */
const WATCH_FOR_FIRST_CHOICE = `
  new MutationObserver(() => {
    const ui = document.getElementById('ui');
    if (ui && ui.dataset.screen === 'briefing') {
      const button = [...ui.querySelectorAll('button')].find((b) => b.textContent === 'Continue');
      if (button && !button.dataset.pressed) {
        button.dataset.pressed = '1';
        button.click();
      }
    }
    const choice = document.querySelector('[role="group"][aria-label="Choices"] button:not([disabled])');
    if (choice && window.__firstChoice === undefined) {
      window.__firstChoice = -1;
      requestAnimationFrame(() => { window.__firstChoice = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Frame-to-frame intervals over `ms`, from requestAnimationFrame. Sent as source text: tsx would
 * wrap a named inner function in a helper the page does not have.
 */
function recordFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    const end = last + ${ms};
    function tick(now) {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else done(deltas);
    }
    requestAnimationFrame(tick);
  })`);
}

async function measureGame(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(WATCH_FOR_FIRST_CHOICE);
  await page.goto(`${url}?scenario=breach_33m&seed=1`);
  await page.waitForFunction(() => ((window as unknown as { __firstChoice?: number }).__firstChoice ?? -1) > 0, null, { timeout: 60_000 });
  const loadMs = await page.evaluate(() => (window as unknown as { __firstChoice: number }).__firstChoice);
  // Take a decision: the consequence screen sweeps every dial from before to after.
  await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
  await page.waitForSelector('#ui[data-screen="consequence"]');
  await page.waitForTimeout(400);
  const frames = await recordFrames(page, FRAME_WINDOW_MS);
  await context.close();
  return { loadMs, frames };
}

async function measureBare(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}bare-phaser.html`);
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, { timeout: 60_000 });
  const loadMs = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  const drawnMs = await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);
  await page.waitForTimeout(400);
  const frames = await recordFrames(page, FRAME_WINDOW_MS);
  await context.close();
  return { loadMs, drawnMs, frames };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  await build({ configFile: resolve(import.meta.dirname, 'vite.bare.config.ts') });
  const bareServer = await preview({
    configFile: resolve(import.meta.dirname, 'vite.bare.config.ts'),
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const bareUrl = bareServer.resolvedUrls?.local[0] ?? '';
  const app = await startApp();
  const browser = await launchBrowser();
  const game: Sample[] = [];
  const bare: Sample[] = [];
  try {
    // Warm both servers and Chromium once, then alternate so load on the machine hits both alike.
    await measureBare(browser, bareUrl);
    await measureGame(browser, app.url);
    for (let run = 0; run < RUNS; run++) {
      bare.push(await measureBare(browser, bareUrl));
      game.push(await measureGame(browser, app.url));
    }
  } finally {
    await browser.close();
    await app.close();
    await new Promise<void>((done) => bareServer.httpServer.close(() => done()));
  }

  const gameLoad = median(game.map((s) => s.loadMs));
  const bareLoad = median(bare.map((s) => s.loadMs));
  const gameP95 = percentile(game.flatMap((s) => s.frames), 95);
  const bareP95 = percentile(bare.flatMap((s) => s.frames), 95);
  const sizes = initialScripts(resolve(ROOT, 'dist'), 'index.html');
  const bareSizes = initialScripts(BARE_OUT_DIR, 'bare-phaser.html');

  console.log(`web bench: headless Chromium ${VIEWPORT.width}x${VIEWPORT.height}, ${RUNS} runs each (medians; p95 over all frames)\n`);
  console.log('                                     game        bare Phaser   ratio');
  console.log(`navigation -> first clickable choice  ${ms(gameLoad).padEnd(11)} ${ms(bareLoad).padEnd(13)} ${(gameLoad / bareLoad).toFixed(2)}x  (both: the frame after the content is first drawn)`);
  const bareDrawn = median(bare.map((s) => s.drawnMs ?? NaN));
  console.log(`  (bare timed at its first render call, before paint, as before 2026-11-28: ${ms(bareDrawn)}, ratio ${(gameLoad / bareDrawn).toFixed(2)}x)`);
  console.log(`p95 frame time, meters animating      ${ms(gameP95).padEnd(11)} ${ms(bareP95).padEnd(13)} ${(gameP95 / bareP95).toFixed(2)}x`);
  console.log(`  per run, load (game): ${game.map((s) => s.loadMs.toFixed(0)).join(', ')} ms; (bare): ${bare.map((s) => s.loadMs.toFixed(0)).join(', ')} ms`);
  console.log(`\ninitial JavaScript, gzipped: Phaser ${kB(sizes.phaser)}, everything else ${kB(sizes.rest)} = ${((100 * sizes.rest) / sizes.phaser).toFixed(1)}% of Phaser (aim < 15%)`);
  console.log(`  game loads first: ${sizes.files.join(', ')}`);
  console.log(`  bare page: Phaser ${kB(bareSizes.phaser)}, its own code ${kB(bareSizes.rest)}`);
  console.log(`\naims: load within 1.5x the bare page (${gameLoad / bareLoad <= 1.5 ? 'met' : 'NOT met'}), p95 frame under 20 ms (${gameP95 < 20 ? 'met' : 'NOT met'}), non-Phaser under 15% (${sizes.rest / sizes.phaser < 0.15 ? 'met' : 'NOT met'})`);
  // The budget tests/browser/initial-budget.test.ts enforces: no more than before the Korean edition.
  console.log(`budget: non-Phaser at most ${100 * INITIAL_BUDGET}% of Phaser (${sizes.rest / sizes.phaser <= INITIAL_BUDGET ? 'met' : 'NOT met'})`);
}

await main();
