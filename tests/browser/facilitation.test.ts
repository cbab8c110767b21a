/**
 * The facilitation material of issue #15 on screen: an inject's artefact on the projector (a
 * monospace, scrollable, named text block), and in the facilitator console the current beat's
 * module, the evaluation guide with its printable view, and the author's notes. Screenshots are
 * taken of each, and of the guide as printed.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom } from './facilitator-room.ts';
import { seriousViolations } from './game-helpers.ts';
import { screenshot, useBrowserApp } from './harness.ts';

const env = useBrowserApp();

describe('facilitation material', () => {
  it("shows an inject's artefact verbatim, in monospace, scrollable and named", async () => {
    const room = await openRoom(env.browser, env.app);
    const card = room.projector.getByRole('article', { name: /^E-mail from Min-jun Seo, IT operations lead/ });
    const artefact = card.getByRole('region', { name: 'Artefact: API gateway log, member-profile endpoint (excerpt)' });
    await artefact.waitFor();
    const text = (await artefact.textContent()) ?? '';
    // Verbatim: the lines and the double spaces between the columns are kept.
    expect(text.split('\n')[1]).toBe('22:41:07  GET /m/10482217  200');
    expect(text.split('\n')).toHaveLength(12);
    const style = await artefact.evaluate((el) => {
      const s = getComputedStyle(el);
      return { tag: el.tagName, font: s.fontFamily, space: s.whiteSpace, overflow: s.overflowY, size: parseFloat(s.fontSize), tab: el.tabIndex };
    });
    expect(style).toMatchObject({ tag: 'PRE', space: 'pre', overflow: 'auto', tab: 0 });
    expect(style.font).toMatch(/mono/i);
    // Readable from the back of a room, and the tutorial's excerpt fits the card without scrolling.
    expect(style.size).toBeGreaterThanOrEqual(14);
    expect(await artefact.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await room.projector.waitForTimeout(1800);
    await screenshot(room.projector, 'facilitation-artefact-card');
    expect(await seriousViolations(room.projector)).toEqual([]);
    expect(room.projectorErrors).toEqual([]);
    await room.context.close();
  }, 120_000);

  it("shows the beat's module, the evaluation guide and the author's notes in the console, and prints the guide", async () => {
    const room = await openRoom(env.browser, env.app);
    const { page, errors } = await openConsole(room);

    const module = page.getByRole('region', { name: 'Module 1: The first day' });
    await module.waitFor();
    await module.getByText('Module 1 of 2').waitFor();
    await module.getByText('The blocked IP range is the only one the scraper used.').waitFor();
    await module.getByRole('heading', { name: 'For Head of IT security' }).waitFor();
    await module.getByText('Is 1,200 a count or a floor? What would tell you?').waitFor();
    await module.getByRole('heading', { name: 'For the room' }).waitFor();
    // The beat's own questions beside it, still there.
    await page.getByRole('region', { name: 'An odd spike in the app logs' }).getByText('Who owns the first public statement?').waitFor();
    await module.scrollIntoViewIfNeeded();
    await screenshot(page, 'facilitation-console-module');

    const guide = page.getByRole('region', { name: 'Evaluation guide' });
    await guide.getByRole('article', { name: 'Notify on time' }).getByText(/Counsel names the moment of awareness/).waitFor();
    expect(await guide.getByRole('list', { name: 'Critical tasks: Accountable leadership' }).getByRole('listitem').count()).toBe(2);
    // An objective without critical tasks says so.
    await guide.getByRole('article', { name: 'Accurate disclosure' }).getByText('No critical tasks given.').waitFor();
    const notes = page.getByRole('region', { name: "Author's notes" });
    await notes.getByText('From public reports (8)').click();
    await notes.getByText(/PIPA Art\. 34\(3\) and Enforcement Decree Art\. 40/).waitFor();
    await guide.scrollIntoViewIfNeeded();
    await screenshot(page, 'facilitation-console-guide');
    expect(await seriousViolations(page)).toEqual([]);

    // The print view, by keyboard, like the role cards.
    const open = page.getByRole('button', { name: 'Print evaluation guide' });
    await open.focus();
    await page.keyboard.press('Enter');
    const view = page.getByRole('region', { name: 'Evaluation guide \u00b7 Tutorial: the loyalty app leak' });
    await view.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evaluation-guide-title');
    expect(await view.getByRole('article').count()).toBe(3);
    await view.getByRole('article', { name: 'Notify on time' }).getByText('The member notice carries the five items of PIPA Art. 34(1)').waitFor();
    expect(await page.getByRole('heading', { name: 'Facilitator console' }).isVisible()).toBe(false);
    await screenshot(page, 'facilitation-guide-view');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false);
    await screenshot(page, 'facilitation-guide-print');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    // Three objectives with room for notes: more than one sheet, and not one per task.
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print evaluation guide');
    expect(errors).toEqual([]);
    await room.context.close();
  }, 180_000);
});
