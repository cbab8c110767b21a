/**
 * Issue #16, points 9 and 10, in a real browser: a run ended early is marked incomplete and
 * scored as partial, its unreached deadlines say so (not "the clock never started"), and no
 * condition is shown as source ("trust >= 50 did not hold", "(at the end: overclaimed false)"):
 * the report in debrief.html of a save of a scenario opened from its file, with endings and
 * objectives decided by conditions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import type { Scenario } from '../../src/scenario/types';
import { openViewer, playSave } from './debrief-helpers';
import { seriousViolations } from './game-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const env = useBrowserApp();
const FIXTURE = resolve(import.meta.dirname, '../fixtures/debrief/words-incomplete.yaml');
/** What condition source looks like: an operator, or the old "held at the end (at the end: …)". */
const SOURCE = /(>=|<=|==|!=| > \d| < \d)|\b(held|did not hold) at the end\b|\(at the end: /;

describe('the debrief of a run ended early, in words', () => {
  it('marks it incomplete, scores it as partial, and shows no condition as source', async () => {
    const source = readFileSync(FIXTURE, 'utf8');
    const scenario = loadScenario(source).scenario as Scenario;
    const save = playSave(scenario, { team: 'Blue team', pick: 0, endAfter: 0 });
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const errors = watchForErrors(page);
    await openViewer(page, env.app.url, [
      { name: 'words-incomplete.yaml', text: source },
      { name: 'blue.save.json', text: JSON.stringify(save) },
    ]);
    await page.getByRole('button', { name: 'Present to the room' }).waitFor({ timeout: 60_000 });
    const report = (await page.locator('main').textContent()) ?? '';
    expect(report).toMatch(/Incomplete run/);
    expect(report).toMatch(/\(partial\)/);
    expect(report).not.toMatch(/the clock never started/);
    expect(report.match(SOURCE)?.[0] ?? null).toBeNull();
    await screenshot(page, 'room-debrief-words');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
