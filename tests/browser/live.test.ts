import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './game-helpers';
import { screenshot } from './harness';
import { useLiveDevices } from './live-devices';
import { ko, latinWordsLeft } from './korean-leftovers';

/** Each device of the session is a browser context of its own. */
const { device, server } = useLiveDevices();

async function joinTeam(code: string, team: string, name: string, firstHeading: string): Promise<{ page: Page; errors: string[] }> {
  const joined = await device(`live.html?code=${code}`);
  await joined.page.getByLabel('Team name').fill(team);
  await joined.page.getByLabel('Your name (optional)').fill(name);
  await joined.page.getByRole('button', { name: 'Join' }).click();
  await joined.page.getByRole('heading', { name: firstHeading }).first().waitFor();
  return joined;
}

async function startSession(scenario: string): Promise<{ facilitator: Page; errors: string[]; code: string }> {
  const { page: facilitator, errors } = await device('live.html', { width: 1400, height: 1000 });
  await facilitator.getByLabel('Scenario', { exact: true }).selectOption(scenario);
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  const codeElement = facilitator.locator('[data-join-code]');
  await codeElement.waitFor();
  const code = (await codeElement.textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  return { facilitator, errors, code };
}

const row = (facilitator: Page, team: string) => facilitator.locator(`tr[data-team="${team}"]`);
/** Browser noise from the server being killed on purpose; anything else is a failure. */
const real = (errors: readonly string[]) => errors.filter((error) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(error));

const VERIFIED = 'Verified: the complaints are real, and it is still running';
const FIRST = { Red: 'Rotate the key; keep every log', Green: 'Block the overseas ranges at the edge', Blue: 'Rotate the key and rebuild from clean images' } as const;
const HEARING = { Red: 'Own the Art. 29 failures, and what changed', Green: 'Argue the safety measures were adequate', Blue: 'Send counsel with a written statement' } as const;
const TEAMS = ['Red', 'Green', 'Blue'] as const;

describe('live session across devices', () => {
  it('a facilitator and three teams play the breach case through a server kill to the comparison debrief; the projector shows choices only once revealed', async () => {
    const { facilitator, errors: facilitatorErrors, code } = await startSession('breach_33m');
    await facilitator.getByRole('img', { name: /QR code of the team link/ }).waitFor();
    expect(facilitator.url()).toContain(`#facilitator=${code}.`);
    const secret = facilitator.url().split('.').at(-1)!;

    const teams = Object.fromEntries(await Promise.all(TEAMS.map(async (team) => [team, await joinTeam(code, team, `${team} lead`, VERIFIED)] as const)));
    for (const { page } of Object.values(teams)) expect(await page.content()).not.toContain(secret);

    // The projector, in a context of its own, from the link the facilitator's page gives.
    const projectorHref = (await facilitator.getByRole('link', { name: 'Open the projector view' }).getAttribute('href')) ?? '';
    expect(projectorHref).toContain(`#projector=${code}.`);
    expect(projectorHref).not.toContain(secret);
    const projector = await device(projectorHref.replace(/^.*\/(live\.html)/, '$1'), { width: 1920, height: 1080 });
    await projector.page.locator('article[data-team="Blue"]').waitFor();

    // A role sees what is addressed to it: the CISO's first read goes to legal.
    const red = teams.Red!.page;
    await red.getByLabel('Your role').selectOption('legal');
    await red.getByRole('heading', { name: /^For you, / }).waitFor();

    // A second member of Red proposes; the proposal is stored, so it outlives the server below.
    const { page: mina } = await joinTeam(code, 'Red', 'Mina', VERIFIED);
    await mina.getByText(/You \(Mina\) propose/).waitFor();
    await mina.getByRole('button', { name: FIRST.Red }).click();
    await red.getByText(`proposes: ${FIRST.Red}`).waitFor();
    for (const team of ['Green', 'Blue'] as const) await teams[team]!.page.getByRole('button', { name: FIRST[team] }).click();
    for (const team of ['Green', 'Blue'] as const) await row(facilitator, team).getByText(FIRST[team]).waitFor();
    await projector.page.locator('article[data-team="Green"]').getByText('Choices hidden').waitFor();
    await screenshot(facilitator, 'live-dashboard');
    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(await seriousViolations(red)).toEqual([]);

    await server().kill();
    await red.getByText(/Reconnecting to the session server/).waitFor();
    await server().restart();
    for (const { page } of [...Object.values(teams), projector, { page: mina }]) await page.getByText('Connected to the session server.').waitFor({ timeout: 30_000 });
    await facilitator.getByText('Connected to the session server.').waitFor({ timeout: 30_000 });
    // Nothing acknowledged was lost: the two choices, and Mina's proposal.
    for (const team of ['Green', 'Blue'] as const) await row(facilitator, team).getByText(FIRST[team]).waitFor();
    await red.getByText(`proposes: ${FIRST.Red}`).waitFor();
    await screenshot(red, 'live-team-after-restart');

    // The facilitator hands Red's decision to Mina, who commits what she proposed.
    await facilitator.getByLabel('Decider of team Red', { exact: true }).selectOption({ label: 'Mina' });
    await facilitator.getByRole('button', { name: 'Make decider of team Red' }).click();
    await mina.getByText(/You \(Mina\) decide for the team/).waitFor();
    await mina.getByRole('button', { name: FIRST.Red }).click();
    await row(facilitator, 'Red').getByText(FIRST.Red).waitFor();

    // To keep the run short the facilitator jumps every team to the hearing, the last decision.
    await facilitator.getByLabel('Jump all teams to beat').selectOption('hearing');
    await facilitator.getByRole('button', { name: 'Jump all teams', exact: true }).click();
    const deciders = { Red: mina, Green: teams.Green!.page, Blue: teams.Blue!.page };
    for (const team of TEAMS) await deciders[team].getByRole('button', { name: HEARING[team] }).click();
    for (const team of TEAMS) await row(facilitator, team).getByText(/^Ended: /).waitFor();
    await screenshot(projector.page, 'live-projector-hidden');
    const board = await projector.page.locator('.live-projector').textContent();
    for (const team of TEAMS) expect(board).not.toContain(HEARING[team]);
    expect(await seriousViolations(projector.page)).toEqual([]);

    await facilitator.getByRole('button', { name: 'Reveal choices on the projector' }).click();
    for (const team of TEAMS) await projector.page.locator(`article[data-team="${team}"]`).getByText(`Last choice: ${HEARING[team]}`).waitFor();
    await screenshot(projector.page, 'live-projector-revealed');

    facilitator.once('dialog', (dialog) => void dialog.accept());
    await facilitator.getByRole('button', { name: 'End the session for every team' }).click();
    await facilitator.getByRole('heading', { name: /Debrief/ }).waitFor();
    // The comparison names every team and where their paths diverged.
    for (const team of TEAMS) await facilitator.getByText(team, { exact: true }).first().waitFor();
    await screenshot(facilitator, 'live-comparison');
    expect(await seriousViolations(facilitator)).toEqual([]);
    for (const { page } of Object.values(teams)) await page.getByRole('heading', { name: /After-action report/i }).first().waitFor();
    await screenshot(red, 'live-team-report');
    await projector.page.getByText(/The session has ended/).waitFor();

    expect(real(facilitatorErrors)).toEqual([]);
    for (const { errors } of [...Object.values(teams), projector]) expect(real(errors)).toEqual([]);
  }, 300_000);

  it('shows a team its own decision clock on the server’s time, paused and extended by the facilitator; the game’s menu links here and the workshop runs its scenario live', async () => {
    const { facilitator, errors, code } = await startSession('tutorial');
    const team = await joinTeam(code, 'Solo', 'Sam', 'An odd spike in the app logs');
    const timer = team.page.getByRole('timer', { name: 'Time left for this decision' });
    expect(await timer.isHidden()).toBe(true);

    // The tutorial's regulator decision is its timed one: notify, report the intrusion (since 1.8.0),
    // read the forensics, and it is on.
    // A live team's screen has no consequence step: a choice leads straight to the next beat.
    await team.page.getByRole('button', { name: 'E-mail members a first notice today' }).click();
    await team.page.getByRole('button', { name: 'Report the intrusion to KISA today on what we know' }).click();
    await team.page.getByRole('button', { name: 'Continue' }).click();
    await team.page.getByRole('heading', { name: 'The regulator question' }).first().waitFor();
    await expect.poll(async () => timer.textContent()).toMatch(/^(2:00|1:5\d)$/);

    await facilitator.getByRole('button', { name: 'Pause team Solo' }).click();
    await expect.poll(async () => timer.textContent()).toMatch(/^Paused · (2:00|1:5\d)$/);
    await facilitator.getByRole('button', { name: 'Resume team Solo' }).click();
    await facilitator.getByRole('button', { name: '+60 s on the decision clock of team Solo' }).click();
    await expect.poll(async () => timer.textContent()).toMatch(/^(3:00|2:5\d)$/);
    await screenshot(team.page, 'live-team-timer');
    expect(real(errors)).toEqual([]);
    expect(real(team.errors)).toEqual([]);

    const { page: menu } = await device('index.html');
    await menu.getByRole('link', { name: 'Live session' }).click();
    await menu.getByRole('heading', { name: 'Join a live session' }).waitFor();

    // Run it live: the workshop's scenario, handed over in the tab, starts a session on the server.
    const { page: workshop, errors: workshopErrors } = await device('workshop.html');
    const runLive = workshop.getByRole('button', { name: 'Run it live' });
    await expect.poll(() => runLive.isEnabled(), { timeout: 30_000 }).toBe(true);
    await runLive.click();
    await workshop.waitForURL(/live\.html\?workshop$/);
    await workshop.getByRole('heading', { name: 'Run it live' }).waitFor();
    await workshop.getByRole('button', { name: 'Start the session' }).click();
    await expect.poll(async () => (await workshop.locator('[data-join-code]').textContent()) ?? '').toMatch(/^[A-Z2-9]{10}$/);
    expect(real(workshopErrors)).toEqual([]);
  });

  it('runs in Korean with ?lang=ko: the doors, the facilitator’s dashboard and a team’s screen, with no English left', async () => {
    const { page: facilitator, errors } = await device('live.html?lang=ko', { width: 1400, height: 1000 });
    await facilitator.getByRole('heading', { name: ko('live.join.title') }).waitFor();
    expect(await facilitator.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await latinWordsLeft(facilitator)).toEqual([]);
    await facilitator.getByLabel(ko('live.start.scenario'), { exact: true }).selectOption('tutorial');
    await facilitator.getByRole('button', { name: ko('live.start.submit') }).click();
    const code = (await facilitator.locator('[data-join-code]').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{10}$/);

    const team = await device(`live.html?code=${code}&lang=ko`);
    await team.page.getByLabel(ko('live.join.team')).fill('청팀');
    await team.page.getByLabel(ko('live.join.name')).fill('민지');
    await team.page.getByRole('button', { name: ko('live.join.submit'), exact: true }).click();
    await team.page.getByRole('heading', { name: ko('live.team.title').replace('{team}', '청팀') }).waitFor();
    await facilitator.locator('tr[data-team="청팀"]').waitFor();
    await facilitator.getByRole('columnheader', { name: ko('live.dash.col.deadlines') }).waitFor();
    // The server's refusal comes in the page's language: nothing to undo yet (issue #20).
    await facilitator.locator('tr[data-team="청팀"]').getByRole('button', { name: ko('live.dash.undoFor').replace('{label}', ko('live.dash.team').replace('{team}', '청팀')) }).click();
    const refused = `${ko('live.status.refusedFor').replace('{reasons}', '')}청팀: ${ko('refusal.nothingToUndo')}`;
    await expect.poll(() => facilitator.locator('#announcer').textContent()).toBe(refused);

    for (const [name, page] of [['live-ko-dashboard', facilitator], ['live-ko-team', team.page]] as const) {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
      // The join code is a code of capital letters, not English.
      expect(await latinWordsLeft(page, undefined, [code])).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, name);
    }
    expect(real(errors)).toEqual([]);
    expect(real(team.errors)).toEqual([]);
  });
});
