/**
 * Roles on a single projector: the briefing lists the tutorial's roles with their briefs, an
 * inject card names its addressee (for sighted readers and in its accessible name), and the
 * facilitator console's role cards show one card per role (the injects addressed to it only on
 * the facilitator's copy), reachable and closable by keyboard, and printable (the print
 * stylesheet is photographed).
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom } from './facilitator-room.ts';
import { openGame, seriousViolations, waitForScreen } from './game-helpers.ts';
import { screenshot, useBrowserApp } from './harness.ts';

const env = useBrowserApp();

const ROLES = ['Chief executive', 'General counsel', 'Head of IT security', 'Communications lead'];

describe('roles', () => {
  it('lists the roles with their briefs on the briefing', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?scenario=tutorial_loyalty_leak&seed=7`);
    await waitForScreen(page, 'briefing', 90_000);
    const list = page.getByRole('list', { name: 'Roles at the table' });
    await list.scrollIntoViewIfNeeded();
    expect(await list.getByRole('listitem').count()).toBe(4);
    expect(await list.getByRole('heading', { level: 3 }).allTextContents()).toEqual(ROLES);
    await list.getByText(/You would rather\s+say less, later/).waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'roles-briefing');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows an inject card with its addressee, in its accessible name too', async () => {
    const room = await openRoom(env.browser, env.app);
    const card = room.projector.getByRole('article', {
      name: 'E-mail from Min-jun Seo, IT operations lead to Head of IT security: Someone has been walking through member numbers',
    });
    await card.getByText('To: Head of IT security', { exact: true }).waitFor();
    const chat = room.projector.getByRole('article', { name: /^Internal chat from Customer service channel to Communications lead: / });
    await chat.getByText('To: Communications lead', { exact: true }).waitFor();
    await room.projector.waitForTimeout(1800);
    await screenshot(room.projector, 'roles-war-room');
    expect(await seriousViolations(room.projector)).toEqual([]);
    expect(room.projectorErrors).toEqual([]);
    await room.context.close();
  }, 120_000);

  it('prints one role card per role from the facilitator console, by keyboard', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page, errors } = await openConsole(room);
    const open = page.getByRole('button', { name: 'Print role cards' });
    await page.getByRole('region', { name: 'Roles' }).getByText(ROLES.join(', ')).waitFor();
    await open.focus();
    await page.keyboard.press('Enter');

    const view = page.getByRole('region', { name: 'Role cards \u00b7 Tutorial: the loyalty app leak' });
    await view.waitFor();
    // By default a card is for a trainee: label and brief, none of the script's injects.
    await view.getByRole('article', { name: 'General counsel' }).getByText(/Every public word can be quoted back/).waitFor();
    expect(await view.getByRole('heading', { name: 'Addressed to you' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    await page.getByRole('checkbox', { name: 'Include the injects addressed to each role (facilitator copy)' }).check();
    await open.focus();
    await page.keyboard.press('Enter');
    await view.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('role-cards-title');
    const cards = view.getByRole('article');
    expect(await cards.count()).toBe(ROLES.length);
    for (const label of ROLES) await view.getByRole('article', { name: label }).waitFor();
    const legal = view.getByRole('article', { name: 'General counsel' });
    await legal.getByText(/Every public word can be quoted back/).waitFor();
    await legal.getByText('PIPC reporting', { exact: true }).waitFor();
    await legal.getByText('If \u201cReport the breach to the PIPC\u201d is missed').waitFor();
    // A beat with a relative time has no fixed hour to print.
    await legal.getByText('With \u201cThe forensics report\u201d (21 h after it is entered)').waitFor();
    const comms = view.getByRole('article', { name: 'Communications lead' });
    await comms.getByText('If trust < 45').waitFor();
    await comms.getByText('If the facilitator pushes it').waitFor();
    // The console behind the cards is gone from the screen and from the accessibility tree.
    expect(await page.getByRole('heading', { name: 'Facilitator console' }).isVisible()).toBe(false);
    await screenshot(page, 'roles-console-cards');
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false);
    await screenshot(page, 'roles-console-cards-print');
    // On paper (page.pdf prints with the emulated media, so print it is): one card to a page.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(ROLES.length);
    await page.emulateMedia({ media: 'screen' });

    // Tab reaches Print and Back; Escape closes and gives focus back to the opener.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print role cards');
    await page.getByRole('heading', { name: 'Facilitator console' }).waitFor();
    await page.getByRole('region', { name: 'Roles' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-console');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await room.context.close();
  }, 180_000);
});
