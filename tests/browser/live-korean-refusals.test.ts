/**
 * The live server's refusals on a Korean screen (issue #20): a facilitator with ?lang=ko opens a
 * broken scenario file and reads its errors in Korean with their lines; a team typing a join code
 * no session has reads why in Korean. No Latin word is left but codes and the keys the file lacks;
 * axe finds nothing serious; the screenshots are looked at.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './game-helpers';
import { screenshot } from './harness';
import { useLiveDevices } from './live-devices';
import { ko, latinWordsLeft, LATIN_ALLOWED } from './korean-leftovers';

const { device: onDevice } = useLiveDevices();
const device = (path: string) => onDevice(path, { width: 1366, height: 768 });

/** Six keys missing (line 1) and no beats (line 3): six errors, one more than the server sends. */
const BROKEN = 'format: 1\nid: broken_case\nbeats: []\n';
const MISSING = ['title', 'summary', 'meters', 'start', 'endings', 'beats'];
/** The browser's own noise for a refused join (a 4xx answer); anything else is a failure. */
const real = (errors: readonly string[]) => errors.filter((error) => !/Failed to load resource/.test(error));

describe('live refusals in Korean', () => {
  it('a facilitator who opens a broken scenario file reads its errors in Korean, line by line', async () => {
    const { page, errors } = await device('live.html?lang=ko');
    await page.getByRole('heading', { name: ko('live.start.title') }).waitFor();
    // The page's own button, not the browser's file input (which writes "Choose File" in the browser's language).
    expect(await page.getByRole('button', { name: ko('live.start.file') }).isVisible()).toBe(true);
    expect(await page.locator('input[type=file]').isVisible()).toBe(false);
    await page.getByLabel(ko('live.start.file')).setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
    const alert = page.getByRole('alert').filter({ hasText: '시나리오에 오류가' });
    await alert.waitFor();
    const lines = ((await alert.innerText()) ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines[0]).toBe('시나리오에 오류가 6개 있습니다:');
    expect(lines[1]).toBe("1행 1열: CR202 시나리오에 'title' 항목이 없습니다");
    expect(lines.slice(1, 6).every((line) => /^1행 1열: CR202 /.test(line)), lines.join('\n')).toBe(true);
    expect(lines[6]).toBe(ko('live.refused.moreErrors').replace('{more}', '1'));
    // Shown one a line: the alert is as tall as its seven lines.
    const box = await alert.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(6 * 16);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await latinWordsLeft(page, [...LATIN_ALLOWED, ...MISSING, 'CR202'])).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'live-ko-broken-scenario');
    expect(real(errors)).toEqual([]);
  });

  it('a team with a join code no session has reads why in Korean', async () => {
    const code = 'ABCDEFGHJK';
    const { page, errors } = await device(`live.html?code=${code}&lang=ko`);
    await page.getByLabel(ko('live.join.team')).fill('청팀');
    await page.getByRole('button', { name: ko('live.join.submit'), exact: true }).click();
    const said = ko('refusal.noSession').replace('{code}', code);
    const alert = page.getByRole('alert').filter({ hasText: said });
    await alert.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await latinWordsLeft(page, LATIN_ALLOWED, [code])).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'live-ko-bad-code');
    expect(real(errors)).toEqual([]);
  });
});
