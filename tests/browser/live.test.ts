import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './game-helpers';
import { launchBrowser, screenshot, watchForErrors } from './harness';
import { startLiveServer, type LiveProcess } from './live-server';

let live: LiveProcess;
let browser: Browser;

beforeAll(async () => {
  live = await startLiveServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await live?.kill();
});

async function joinTeam(code: string, team: string, name = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${live.url}live.html?code=${code}`);
  await page.getByLabel('Team name').fill(team);
  if (name) await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
  return { page, errors };
}

describe('live session across devices', () => {
  it('a facilitator and three teams play, the server is killed and restarted, and the session ends in the comparison', async () => {
    const facilitatorContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const facilitator = await facilitatorContext.newPage();
    const facilitatorErrors = watchForErrors(facilitator);
    await facilitator.goto(`${live.url}live.html`);
    await facilitator.getByLabel('Scenario', { exact: true }).selectOption('tutorial');
    await facilitator.getByRole('button', { name: 'Start the session' }).click();
    const codeElement = facilitator.locator('[data-join-code]');
    await codeElement.waitFor();
    const code = (await codeElement.textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    await facilitator.getByRole('img', { name: /QR code of the team link/ }).waitFor();
    expect(facilitator.url()).toContain(`#facilitator=${code}.`);

    const teams = await Promise.all(['Red', 'Green', 'Blue'].map((team) => joinTeam(code, team)));
    // No team page carries the facilitator's secret.
    const secret = facilitator.url().split('.').at(-1)!;
    for (const { page } of teams) expect(await page.content()).not.toContain(secret);

    // A role sees what is addressed to it.
    const red = teams[0]!.page;
    await red.getByLabel('Your role').selectOption('legal');
    await red.getByRole('heading', { name: /^For you, / }).waitFor();

    // A second member of Red proposes; the facilitator makes her the decider, and then she commits.
    const { page: redTwo } = await joinTeam(code, 'Red', 'Mina');
    await redTwo.getByText(/You \(Mina\) propose/).waitFor();
    await redTwo.getByRole('button', { name: /Publish a preliminary notice today/ }).click();
    await red.getByText('proposes: Publish a preliminary notice today').waitFor();
    await facilitator.getByLabel('Decider of team Red', { exact: true }).selectOption({ label: 'Mina' });
    await facilitator.getByRole('button', { name: 'Make decider of team Red' }).click();
    await redTwo.getByText(/You \(Mina\) decide for the team/).waitFor();
    await redTwo.getByRole('button', { name: /Publish a preliminary notice today/ }).click();
    for (const { page } of teams.slice(1)) await page.getByRole('button', { name: /Publish a preliminary notice today/ }).click();
    await facilitator.locator('tr[data-team="Blue"]').getByText('Publish a preliminary notice today').waitFor();
    await screenshot(facilitator, 'live-dashboard');
    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(await seriousViolations(red)).toEqual([]);

    await live.kill();
    await red.getByText(/Reconnecting to the session server/).waitFor();
    await live.restart();
    for (const { page } of teams) await page.getByText('Connected to the session server.').waitFor({ timeout: 30_000 });
    await facilitator.getByText('Connected to the session server.').waitFor({ timeout: 30_000 });
    // Nothing acknowledged was lost: every team is past its first decision on the dashboard.
    for (const team of ['Red', 'Green', 'Blue']) await facilitator.locator(`tr[data-team="${team}"]`).getByText('Publish a preliminary notice today').waitFor();
    await screenshot(red, 'live-team-after-restart');

    facilitator.once('dialog', (dialog) => void dialog.accept());
    await facilitator.getByRole('button', { name: 'End the session for every team' }).click();
    await facilitator.getByRole('heading', { name: /Debrief/ }).waitFor();
    await screenshot(facilitator, 'live-comparison');
    for (const { page } of teams) await page.getByRole('heading', { name: /After-action report/i }).first().waitFor();
    await screenshot(red, 'live-team-report');

    expect(facilitatorErrors.filter((error) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(error))).toEqual([]);
    for (const { errors } of teams) expect(errors.filter((error) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(error))).toEqual([]);
  });
});
