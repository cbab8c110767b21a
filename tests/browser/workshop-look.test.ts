/**
 * Issue #16, To build 6 (the workshop): the scenario workshop in the war room's tokens (its type
 * family, panels, buttons, section titles and focus ring, compared with the game's own stylesheet
 * on the same browser), nothing wider than the window and no serious or critical axe violation,
 * at 1366x768 and 1920x1080, with screenshots of the top of the page and of a play from a beat.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './game-helpers.ts';
import { screenshot, useBrowserApp, watchForErrors } from './harness.ts';

const env = useBrowserApp();

/** The computed style properties compared between the two pages. */
const BUTTON = ['fontFamily', 'fontWeight', 'backgroundColor', 'color', 'borderTopColor', 'borderTopWidth', 'borderTopLeftRadius'] as const;
const PANEL = ['backgroundColor', 'borderTopColor', 'borderTopWidth', 'borderTopLeftRadius', 'boxShadow'] as const;
const TITLE = ['fontWeight', 'letterSpacing', 'textTransform', 'color'] as const;

type Look = Record<string, Record<string, string>>;

/** The computed look of the first element matching each selector (the page's own elements). */
async function lookOf(page: Page, selectors: Record<string, readonly string[]>): Promise<Look> {
  // A button the pointer has just left is still fading its colour: read the settled look.
  await page.mouse.move(0, 0);
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  return page.evaluate((wanted) => {
    const look: Record<string, Record<string, string>> = {};
    for (const [css, properties] of Object.entries(wanted)) {
      const element = document.querySelector(css);
      if (!element) throw new Error(`nothing matches ${css}`);
      const style = getComputedStyle(element) as unknown as Record<string, string>;
      look[css] = Object.fromEntries(properties.map((property) => [property, style[property] ?? '']));
    }
    return look;
  }, selectors);
}

/**
 * The war room's look: probes with the game's classes, styled by the game's own stylesheet, so
 * the comparison follows whatever the war room becomes.
 */
async function warRoomLook(viewport: { width: number; height: number }): Promise<{ body: string; look: Look; focus: string }> {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${env.app.url}index.html`);
  await page.locator('#ui[data-screen="menu"]').waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'probe';
    for (const [tag, className] of [['button', 'btn'], ['button', 'btn btn--primary'], ['section', 'panel'], ['h2', 'section-title']] as const) {
      const element = document.createElement(tag);
      element.className = className;
      element.textContent = 'probe';
      probe.append(element);
    }
    document.querySelector('#ui')?.append(probe);
  });
  const look = await lookOf(page, {
    '#probe .btn:not(.btn--primary)': BUTTON,
    '#probe .btn--primary': BUTTON,
    '#probe .panel': PANEL,
    '#probe .section-title': TITLE,
  });
  const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  const focus = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--focus').trim());
  await context.close();
  return { body, look, focus };
}

async function openWorkshop(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${env.app.url}workshop.html`);
  await expect.poll(() => page.locator('#ws-diagnostics-summary').textContent(), { timeout: 30_000 }).toBe('No problems.');
  await expect.poll(() => page.getByText('Analysis complete.').count(), { timeout: 60_000 }).toBe(1);
  return { page, errors };
}

describe('the scenario workshop at the war room\u2019s standard', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`uses the war room's type, panels, buttons, titles and focus ring at ${viewport.width}x${viewport.height}`, async () => {
      const room = await warRoomLook(viewport);
      const { page, errors } = await openWorkshop(viewport);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(room.body);
      const look = await lookOf(page, {
        '.ws-toolbar .btn:not(.btn--primary)': BUTTON,
        '.ws-toolbar .btn--primary': BUTTON,
        '.ws-panel': PANEL,
        '.ws-header': PANEL,
        '.ws-panel h2': TITLE,
      });
      expect(look['.ws-toolbar .btn:not(.btn--primary)']).toEqual(room.look['#probe .btn:not(.btn--primary)']);
      expect(look['.ws-toolbar .btn--primary']).toEqual(room.look['#probe .btn--primary']);
      expect(look['.ws-panel']).toEqual(room.look['#probe .panel']);
      expect(look['.ws-header']).toEqual(room.look['#probe .panel']);
      expect(look['.ws-panel h2']).toEqual(room.look['#probe .section-title']);
      // The page's wall is the war room's night, not a flat default.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundImage)).toContain('linear-gradient');

      // The room's focus ring on the first button a keyboard reaches.
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const focused = document.activeElement;
        if (!(focused instanceof HTMLButtonElement)) return `focus on ${focused?.tagName ?? 'nothing'}`;
        const style = getComputedStyle(focused);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      });
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(room.focus.slice(at, at + 2), 16));
      expect(ring).toBe(`solid 3px rgb(${r}, ${g}, ${b})`);

      // Nothing wider than the window; the header's buttons all inside it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const outside = await page.locator('.ws-header button').evaluateAll((all) => all.filter((b) => b.getBoundingClientRect().right > window.innerWidth).length);
      expect(outside).toBe(0);
      await screenshot(page, `workshop-look-${viewport.width}`);
      expect(await seriousViolations(page)).toEqual([]);

      // A play from the start beat: the form, the choices as cards.
      await page.getByRole('button', { name: 'Play from here', exact: true }).click();
      await expect.poll(() => page.locator('.ws-play-board .ws-choice').count()).toBeGreaterThan(0);
      await page.locator('#ws-h-play').scrollIntoViewIfNeeded();
      await page.locator('.ws-play-board').scrollIntoViewIfNeeded();
      await screenshot(page, `workshop-look-${viewport.width}-play`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});
