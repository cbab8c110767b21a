/**
 * Driving the game as a player would: by role and accessible name, with the keyboard only or
 * with the mouse. Shared by the game*.test.ts files.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { watchForErrors } from './harness';

export type Screen = 'menu' | 'briefing' | 'war-room' | 'consequence' | 'ending' | 'debrief';
export type Mode = 'keyboard' | 'mouse';

export interface GamePage {
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly errors: string[];
}

/** A fresh page (own storage) that records errors and every CSP violation. */
export async function openGame(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<GamePage> {
  const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, errors };
}

export async function screen(page: Page): Promise<string | null> {
  return page.locator('#ui').getAttribute('data-screen');
}

async function mountCount(page: Page): Promise<number> {
  return Number((await page.locator('#ui').getAttribute('data-mount')) ?? 0);
}

/** Waits until a given screen is showing (and the scene has drawn at least one frame). */
export async function waitForScreen(page: Page, name: Screen, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`#ui[data-screen="${name}"]`, { timeout });
}

/**
 * Waits until the debrief screen has drawn its report: the screen mounts first and fills its body
 * when the report module and its words have loaded, which on a slow machine is seconds later.
 */
export async function waitForReport(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('.debrief__body h1', { timeout });
  await page.waitForFunction(() => document.querySelector('.debrief__body .loading') === null, undefined, { timeout });
}

/** Runs an action and waits for the next screen to be mounted. */
export async function next(page: Page, action: () => Promise<void>): Promise<string | null> {
  const before = await mountCount(page);
  await action();
  await page.waitForFunction((count) => Number(document.querySelector('#ui')?.getAttribute('data-mount') ?? 0) > count, before, { timeout: 30_000 });
  return screen(page);
}

/** Presses Tab until the focused element has this accessible name; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
      return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** Activates a button by its accessible name, by keyboard (Tab + Enter) or by mouse. */
export async function press(page: Page, mode: Mode, name: string | RegExp): Promise<void> {
  if (mode === 'mouse') {
    await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
    return;
  }
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

export interface PlayLog {
  readonly decisions: number;
  readonly screens: string[];
}

/**
 * Picks, at each decision, the first of `preferred` on offer, else the first choice shown: a
 * route named by choice ids, whatever order the session's seed shows them in.
 */
export function byId(...preferred: string[]): (count: number, step: number, ids: readonly string[]) => number {
  return (_count, _step, ids) => Math.max(0, ids.findIndex((id) => preferred.includes(id)));
}

/**
 * From the war room to the debrief: each decision is taken with `pick` (0-based index among the
 * choices shown, in shown order; `ids` are their choice ids), by number key and Enter or by click; every
 * Continue by Tab+Enter or by click.
 */
export async function playToDebrief(page: Page, mode: Mode, pick: (count: number, step: number, ids: readonly string[]) => number, onScreen?: (name: string, step: number) => Promise<void>): Promise<PlayLog> {
  const screens: string[] = [];
  let decisions = 0;
  for (let step = 0; step < 80; step++) {
    const name = await screen(page);
    screens.push(name ?? '?');
    await onScreen?.(name ?? '?', step);
    if (name === 'debrief') {
      await waitForReport(page);
      return { decisions, screens };
    }
    if (name === 'war-room') {
      const group = page.getByRole('group', { name: 'Choices' });
      if ((await group.count()) > 0) {
        const buttons = group.getByRole('button');
        const index = pick(await buttons.count(), decisions, await shownChoiceIds(page));
        decisions++;
        if (mode === 'keyboard') {
          // A number key selects the choice; Enter confirms it.
          await page.keyboard.press(String(index + 1));
          await next(page, () => page.keyboard.press('Enter'));
        }
        else await next(page, () => buttons.nth(index).click());
        continue;
      }
    }
    if (name === 'war-room' || name === 'consequence' || name === 'ending') {
      await next(page, () => press(page, mode, 'Continue'));
      continue;
    }
    throw new Error(`unexpected screen ${String(name)} after ${screens.join(' > ')}`);
  }
  throw new Error(`did not reach the debrief: ${screens.join(' > ')}`);
}

/** The choice ids of the war room's choice buttons, in the order shown. */
export async function shownChoiceIds(page: Page): Promise<string[]> {
  return page
    .getByRole('group', { name: 'Choices' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-choice') ?? ''));
}

/** Serious and critical axe violations on the current screen, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // An inject that has just arrived fades in; axe would measure its half-transparent text. The room
  // reads the card once it has landed, so the contrast that counts is the settled one.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The latest save the game keeps in localStorage (one slot per session), parsed. */
export async function readSave(page: Page): Promise<{ seed: number; log: unknown[]; state: { beat: string; meters: Record<string, number> } } | null> {
  return page.evaluate(() => {
    const saves = Object.keys(localStorage)
      .filter((key) => key.startsWith('crisis-room.session.'))
      .map((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { seed: number; log: unknown[]; state: { beat: string; meters: Record<string, number> }; savedAt: number } | null)
      .filter((save) => save !== null)
      .sort((a, b) => b.savedAt - a.savedAt);
    return saves[0] ?? null;
  });
}

/**
 * The tutorial's regulator decision, the timed one these tests wait at (its first decision is
 * untimed, issue #16, point 11; the 24-hour intrusion decision is timed too since 1.9.0).
 */
export const TIMED_BEAT_TITLE = 'The regulator question';

/**
 * From the tutorial's first war room to its timed decision, the regulator beat: an early notice
 * (so the leak story never comes), the intrusion report (since 1.8.0; timed since 1.9.0, so it is
 * answered at once), then Continue through the consequences and the forensics memo.
 */
export async function playToTimedDecision(page: Page): Promise<void> {
  const choices = page.getByRole('group', { name: 'Choices' });
  await next(page, () => choices.locator('[data-choice="notify_now"]').click());
  for (let step = 0; step < 8; step++) {
    if ((await page.getByRole('heading', { level: 1, name: TIMED_BEAT_TITLE }).count()) > 0) return;
    const intrusion = choices.locator('[data-choice="report_intrusion"]');
    if ((await intrusion.count()) > 0) await next(page, () => intrusion.click());
    else await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
  }
  throw new Error(`never reached "${TIMED_BEAT_TITLE}"`);
}
