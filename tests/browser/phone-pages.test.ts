/**
 * Issue #16, To build 2, for the pages the war room's phone test does not cover: the menu, the
 * briefing and the debrief (in the game and in debrief.html) at 390x844 on a touch phone. Each has
 * its header apart from its content, one scroll container, no sideways scrolling, touch wording,
 * and no serious or critical axe violation. Screenshots are taken of each.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openViewer, playSave, shipped } from './debrief-helpers.ts';
import { screenshot, useBrowserApp, watchForErrors } from './harness.ts';
import { byId, next, playToDebrief, seriousViolations, waitForScreen } from './game-helpers.ts';

const env = useBrowserApp();
const PHONE = { width: 390, height: 844 };

async function phone(): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  return { page, errors: watchForErrors(page) };
}

/** What is wrong with the page's layout on a phone: [] when nothing is. */
async function phoneProblems(page: Page, header: string): Promise<string[]> {
  return page.evaluate(
    ({ headerCss, width }) => {
      const problems: string[] = [];
      const root = document.scrollingElement ?? document.documentElement;
      if (root.scrollWidth > width) problems.push(`the page is ${root.scrollWidth}px wide`);
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1 && getComputedStyle(element).position !== 'fixed' && !element.closest('.visually-hidden, [hidden]'))
          problems.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)}px`);
      }
      // One scroll container: the page (or #ui); nothing inside scrolls on its own.
      const scrollers = [...document.querySelectorAll('body *')].filter((element) => element.id !== 'ui' && /auto|scroll/.test(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight + 1);
      for (const element of scrollers) problems.push(`${element.tagName.toLowerCase()}.${element.className} scrolls on its own`);
      const head = document.querySelector(headerCss);
      if (!head) problems.push(`no ${headerCss}`);
      else {
        const box = head.getBoundingClientRect();
        const under = [...document.querySelectorAll('body *')].find((element) => {
          if (head.contains(element) || element.contains(head) || getComputedStyle(element).position === 'fixed') return false;
          const other = element.getBoundingClientRect();
          return other.width > 0 && other.height > 0 && element.children.length === 0 && other.top < box.bottom - 1 && other.bottom > box.top + 1 && other.left < box.right && other.right > box.left && element.closest(headerCss) === null && (element.textContent ?? '').trim() !== '';
        });
        if (under) problems.push(`${headerCss} overlaps ${under.tagName.toLowerCase()}.${under.className}`);
      }
      return problems.slice(0, 8);
    },
    { headerCss: header, width: PHONE.width },
  );
}

describe('phone layout of the menu, briefing and debrief', () => {
  it('fits the menu and the briefing at 390px, with touch wording', async () => {
    const { page, errors } = await phone();
    await page.goto(`${env.app.url}index.html`);
    await waitForScreen(page, 'menu', 90_000);
    await screenshot(page, 'phone-menu');
    expect(await phoneProblems(page, '.menu__header')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Team name').fill('Blue team');
    await next(page, () => page.getByRole('button', { name: /^Play Tutorial/ }).tap());
    await screenshot(page, 'phone-briefing');
    expect(await phoneProblems(page, '.briefing h1')).toEqual([]);
    expect(await page.getByText(/number key|press enter|keyboard/i).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('fits the debrief at 390px, in the game and in debrief.html', async () => {
    const { page, errors } = await phone();
    await page.goto(`${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3`);
    await waitForScreen(page, 'briefing', 90_000);
    await next(page, () => page.getByRole('button', { name: 'Continue' }).tap());
    await playToDebrief(page, 'mouse', byId('notify_now'));
    await screenshot(page, 'phone-debrief');
    expect(await phoneProblems(page, '.debrief__nav')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    const save = playSave(shipped('tutorial'), { team: 'Blue team', pick: 0, seed: 3 });
    await openViewer(page, env.app.url, [{ name: 'blue.json', text: JSON.stringify(save) }]);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await screenshot(page, 'phone-debrief-viewer');
    expect(await phoneProblems(page, 'header')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
