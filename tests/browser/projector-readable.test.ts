/**
 * Issue #16, projector view from the back of the room: at 1920x1080 every text the room reads
 * (feed cards, meter names, values and bands, deadline captions, choices, an enlarged inject, the
 * consequence screen) is 28 px or larger, and at 1920x1080 and 1024x768 the four choices, the
 * meters and the deadlines stand inside the window while the room decides. Section titles and
 * eyebrows are labels of the layout, not text the room reads, and are left out. The switch is in
 * the menu and in the facilitator console (a PIN-signed command), and it stays with the session.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom, PROMPTLY } from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';
import { next, openGame, seriousViolations, waitForScreen } from './game-helpers.ts';
import { offScreen } from './on-screen.ts';

const env = useBrowserApp();
const BACK_OF_ROOM_PX = 28;
const LAYOUT_LABELS = '.section-title, .eyebrow, .visually-hidden, button';

/** Every visible text under `selector` (own text nodes), with its computed size, smaller than `px`. */
async function smallText(page: Page, selector: string, px = BACK_OF_ROOM_PX): Promise<string[]> {
  return page.evaluate(
    ({ css, skip, limit }) => {
      const small: string[] = [];
      for (const region of document.querySelectorAll(css)) {
        for (const element of [region, ...region.querySelectorAll('*')]) {
          if (element.closest(skip)) continue;
          const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
          if (!own) continue;
          const box = element.getBoundingClientRect();
          if (box.width <= 1 || box.height <= 1) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < limit) small.push(`${size.toFixed(1)}px ${element.className}: "${own.slice(0, 40)}"`);
        }
      }
      return small;
    },
    { css: selector, skip: LAYOUT_LABELS, limit: px },
  );
}

async function breachDecision(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await openGame(env.browser, `${env.app.url}index.html?scenario=breach_33m&seed=1&display=projector`, viewport);
  await waitForScreen(page, 'briefing', 90_000);
  await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  await page.locator('.feed .inject').first().waitFor();
  // The dials sweep to their values; the photograph is of the room at rest.
  await page.waitForTimeout(1500);
  return page;
}

describe('projector view from the back of the room', () => {
  it('shows every text the room reads at 28px or larger at 1920x1080, and the decision whole', async () => {
    const page = await breachDecision({ width: 1920, height: 1080 });
    expect(await page.getByRole('group', { name: 'Choices' }).getByRole('button').count()).toBe(4);
    await screenshot(page, 'projector-readable-1920-decision');
    for (const region of ['.feed .inject', '.meter', '.deadline', '.choice', '.stage__title', '.decision__prompt']) {
      expect(await smallText(page, region), region).toEqual([]);
    }
    for (const selector of ['.choice', '.meter', '.deadline']) expect(await offScreen(page, selector)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // An inject enlarged: its body at the same size or larger.
    await page.getByRole('button', { name: /^Enlarge: / }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(await smallText(page, 'dialog .inject__body')).toEqual([]);
    await page.keyboard.press('Escape');

    // The consequence: the story, what changed, and the expert's view.
    await next(page, () => page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click());
    expect(await smallText(page, '.consequence')).toEqual([]);
    await screenshot(page, 'projector-readable-1920-consequence');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('keeps the four choices, the meters and the deadlines inside the window at 1024x768', async () => {
    const page = await breachDecision({ width: 1024, height: 768 });
    await screenshot(page, 'projector-readable-1024-decision');
    for (const selector of ['.choice', '.meter', '.deadline']) expect(await offScreen(page, selector)).toEqual([]);
    // Three columns side by side, not one long page.
    const tops = await page.evaluate(() => ['.feed', '.stage', '.status'].map((css) => Math.round(document.querySelector(css)?.getBoundingClientRect().top ?? -1)));
    expect(new Set(tops).size).toBe(1);
    await page.context().close();
  }, 240_000);

  it('is switched from the menu and from the console, and each session keeps its own view', async () => {
    // The menu's switch: the menu itself, and the next session, in projector view.
    const { page: menu } = await openGame(env.browser, `${env.app.url}index.html`, { width: 1280, height: 800 });
    await waitForScreen(menu, 'menu', 90_000);
    const toggle = menu.getByRole('button', { name: 'Projector view' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await menu.locator('html').getAttribute('data-display')).toBe('projector');
    expect(await menu.getByRole('button', { name: 'Projector view' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => menu.evaluate(() => document.activeElement?.textContent)).toBe('Projector view');
    await screenshot(menu, 'projector-menu-switch');
    expect(await seriousViolations(menu)).toEqual([]);
    await menu.context().close();

    // The console's switch, signed with the PIN: the projector follows at once.
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    const html = room.projector.locator('html');
    const projectorView = facilitator.getByRole('radio', { name: /^Projector view/ });
    const standardView = facilitator.getByRole('radio', { name: /^Standard view/ });
    expect(await standardView.isChecked()).toBe(true);
    await projectorView.check();
    await expect.poll(() => html.getAttribute('data-display'), PROMPTLY).toBe('projector');
    await room.projector.getByRole('button', { name: 'Projector view', pressed: true }).waitFor(PROMPTLY);
    await facilitator.getByText('The game window is now in projector view.').waitFor(PROMPTLY);
    await screenshot(facilitator, 'projector-console-switch');
    expect(await seriousViolations(facilitator)).toEqual([]);

    // Kept with the session: the browser's own choice goes back to standard on the menu, and
    // resuming the session brings its projector view back.
    await facilitator.close();
    await room.projector.goto(`${env.app.url}index.html`);
    await waitForScreen(room.projector, 'menu');
    await room.projector.getByRole('button', { name: 'Projector view' }).click();
    expect(await html.getAttribute('data-display')).toBe('standard');
    await next(room.projector, () => room.projector.getByRole('button', { name: /^Resume Tutorial/ }).click());
    expect(await html.getAttribute('data-display')).toBe('projector');
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);
});
