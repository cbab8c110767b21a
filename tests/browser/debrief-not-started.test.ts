/**
 * A deadline a route never started, in debrief.html (r10 CISO N2): on this tutorial route the
 * notice promised no update, and the Deadlines table says "not started on this route" in the
 * page's language, not "idle" or "never started" beside empty cells.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { playSave, shipped } from './debrief-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';
import { ko } from './korean-leftovers';

const env = useBrowserApp();
const tutorial = shipped('tutorial');
const save = playSave(tutorial, { team: 'Blue', pick: 0 });
const idle = buildReport(tutorial, save).deadlines.filter((d) => d.status === 'idle');

describe('debrief.html: a deadline the route never started', () => {
  it.each([
    { lang: 'en', words: 'Not started on this route', open: 'Open saves, exports or scenario files' },
    { lang: 'ko', words: '이 경로에서는 시작되지 않음', open: ko('viewer.page.open') },
  ])('says so in $lang', async ({ lang, words, open }) => {
    expect(idle.map((d) => d.id)).toEqual(['promised_update']);
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = watchForErrors(page);
    await page.goto(`${env.app.url}debrief.html?lang=${lang}`);
    // The page's own button opens the files: the browser's file input would say "Choose Files" in the browser's language.
    await page.getByRole('button', { name: open }).waitFor();
    expect(await page.locator('input[type=file]').isVisible()).toBe(false);
    await page.getByLabel(open).setInputFiles([{ name: 'blue.save.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(save)) }]);
    const cell = page.getByRole('cell', { name: words, exact: true });
    await expect.poll(() => cell.count(), { timeout: 30_000 }).toBe(1);
    const row = cell.locator('xpath=..');
    const label = buildReport(tutorial, save, { lang }).deadlines.find((d) => d.status === 'idle')?.label ?? '?';
    expect(await row.textContent()).toContain(label);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, `debrief-not-started-${lang}`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
