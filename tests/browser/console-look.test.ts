/**
 * Issue #16, To build 6 (the console and the debrief viewer): the facilitator console on a
 * 1366x768 laptop and a 1080p screen, in the war room's colours, type and controls, with no
 * serious or critical axe violation, beside the projector view; the debrief viewer's file picker
 * as the room's button.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom } from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';
import { seriousViolations } from './game-helpers.ts';

const env = useBrowserApp();

describe('the facilitator console on a laptop', () => {
  it('uses the war room\u2019s tokens and controls and passes axe at 1366x768 and 1920x1080', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    await facilitator.setViewportSize({ width: 1366, height: 768 });
    await facilitator.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    // The same night blue, accent and ink as the war room (src/ui/styles/base.css).
    const look = await facilitator.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return { bg: root.getPropertyValue('--bg').trim(), accent: root.getPropertyValue('--accent').trim(), text: root.getPropertyValue('--text').trim() };
    });
    expect(look).toEqual({ bg: '#070b16', accent: '#5eb1ff', text: '#e6edf7' });
    // Nothing wider than the laptop's screen.
    expect(await facilitator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await screenshot(facilitator, 'console-1366');
    expect(await seriousViolations(facilitator)).toEqual([]);
    // No control in the browser's default grey: every checkbox and radio in the room's accent,
    // at the same size as the feedback switch's radios.
    const controls = await facilitator.locator('input[type=checkbox], input[type=radio]').evaluateAll((all) =>
      all.map((input) => `${input.closest('label')?.textContent?.trim().slice(0, 30) ?? '?'}: ${getComputedStyle(input).accentColor} ${Math.round(input.getBoundingClientRect().width)}px`),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(control).toMatch(/: rgb\(94, 177, 255\) 20px$/);
    // On a 1080p screen: nothing wider than the window.
    await facilitator.setViewportSize({ width: 1920, height: 1080 });
    expect(await facilitator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    await screenshot(facilitator, 'console-1920');
    await facilitator.getByRole('heading', { name: 'Roles' }).scrollIntoViewIfNeeded();
    await screenshot(facilitator, 'console-1920-roles');
    await facilitator.setViewportSize({ width: 1366, height: 768 });
    // The projector's console in projector view too.
    await room.projector.getByRole('button', { name: 'Projector view' }).click();
    await room.projector.getByRole('button', { name: 'Projector view', pressed: true }).waitFor();
    expect(await seriousViolations(room.projector)).toEqual([]);
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);
});

describe('the debrief viewer page', () => {
  it('shows its file picker as the room\u2019s button, not the browser\u2019s grey one, at 1366x768 and 1920x1080', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${env.app.url}debrief.html`);
    // The page's own button (src/ui/dom/file-picker.ts): the browser's input stays hidden, since it
    // writes "Choose Files" in the browser's language, not the page's.
    const picker = page.locator('.crd-page__picker .crd-page__open');
    await picker.waitFor();
    expect(await page.locator('.crd-page__picker input[type=file]').isVisible()).toBe(false);
    const button = await picker.evaluate((element) => {
      const style = getComputedStyle(element);
      return { tag: element.tagName, background: style.backgroundColor, color: style.color, radius: style.borderTopLeftRadius, weight: style.fontWeight };
    });
    // --panel-raised, --ink, the buttons' radius and weight (styles/tokens.css, buttons.css).
    expect(button).toEqual({ tag: 'BUTTON', background: 'rgb(22, 33, 61)', color: 'rgb(230, 237, 247)', radius: '8px', weight: '600' });
    // The dashed drop box stays inside its panel.
    const overhang = await page.locator('.crd-page__drop').evaluate((drop) => {
      const panel = drop.closest('.crd-page__picker');
      if (!panel) return 'no panel';
      const inner = panel.getBoundingClientRect().right - parseFloat(getComputedStyle(panel).paddingRight) - panel.clientLeft;
      return Math.max(0, Math.round(drop.getBoundingClientRect().right - inner));
    });
    expect(overhang).toBe(0);
    await screenshot(page, 'debrief-viewer-1366');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'debrief-viewer-1920');
    await context.close();
  }, 120_000);
});
