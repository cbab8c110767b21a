/**
 * Issue #16, "To build" 3, in one real browser: the consequence screen tells the outcome story
 * the scenario wrote for the choice, and shows the expert's view (rating, feedback, references)
 * only while the facilitator's switch says so. The console flips it on the projector at once, and
 * a reload of the projector keeps it. A trainee link keeps the feedback for the debrief.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom, PROMPTLY } from './facilitator-room.ts';
import { screenshot, useBrowserApp, watchForErrors } from './harness.ts';
import { next, seriousViolations, waitForScreen } from './game-helpers.ts';

const env = useBrowserApp();

// From scenarios/tutorial.yaml: the story and the feedback of "E-mail members a first notice today",
// and the story of the PIPC filing told to a team that has published a notice.
const NOTICE_STORY = "the notice reaches members' inboxes and the app by noon.";
const NOTICE_FEEDBACK = 'is the stealing-thunder move';
const FILING_STORY = 'asks for a copy of the notice members received';
const KEPT = 'Kept for the debrief';

/** The expert's view on the projector's consequence screen. */
const expert = (projector: Page) => projector.getByRole('region', { name: "The expert's view" });

describe('the outcome story and the feedback switch', () => {
  it('keeps the feedback for the debrief on a trainee link, and still tells the story', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const trainee = await context.newPage();
    const errors = watchForErrors(trainee);
    await trainee.goto(`${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=7&team=Red%20team`);
    await trainee.getByRole('button', { name: 'Continue' }).click();
    const choices = trainee.getByRole('group', { name: 'Choices' });
    await choices.waitFor();
    await next(trainee, () => choices.locator('[data-choice="notify_now"]').click());
    await waitForScreen(trainee, 'consequence');
    await trainee.getByText(NOTICE_STORY).waitFor();
    expect(await expert(trainee).textContent()).toContain(KEPT);
    const shown = (await trainee.locator('#ui').textContent()) ?? '';
    expect(shown).not.toContain(NOTICE_FEEDBACK);
    expect(shown).not.toMatch(/Recommended|References:/);
    expect(await seriousViolations(trainee)).toEqual([]);
    await screenshot(trainee, 'outcome-trainee-kept');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('shows it in a plain room until the console keeps it, reveals it again live, and keeps the setting over a reload', async () => {
    const room = await openRoom(env.browser, env.app);
    const { projector } = room;
    const { page: facilitator, errors } = await openConsole(room);
    const show = facilitator.getByRole('radio', { name: 'Show it to the room after each decision' });
    const keep = facilitator.getByRole('radio', { name: 'Keep it for the debrief' });
    // A plain single-projector session shows the expert's view by default.
    await expect.poll(() => show.isChecked(), PROMPTLY).toBe(true);

    const choices = projector.getByRole('group', { name: 'Choices' });
    await next(projector, () => choices.locator('[data-choice="notify_now"]').click());
    await waitForScreen(projector, 'consequence');
    await projector.getByText(NOTICE_STORY).waitFor();
    await expert(projector).getByText('Recommended', { exact: true }).waitFor();
    expect(await expert(projector).textContent()).toContain(NOTICE_FEEDBACK);
    expect(await expert(projector).textContent()).toMatch(/References: Arpan & Roskos-Ewoldsen 2005/);
    expect(await seriousViolations(projector)).toEqual([]);
    await screenshot(projector, 'outcome-revealed');

    // The console keeps it for the debrief: the projector hides it while the room reads the screen.
    await keep.check();
    await expert(projector).getByText(KEPT).waitFor(PROMPTLY);
    expect(await expert(projector).textContent()).not.toContain(NOTICE_FEEDBACK);
    expect(await projector.getByText('Recommended', { exact: true }).count()).toBe(0);
    // The story stays: it is the story, not the judgment.
    await projector.getByText(NOTICE_STORY).waitFor();
    expect(await seriousViolations(projector)).toEqual([]);
    await screenshot(projector, 'outcome-kept');
    await screenshot(facilitator, 'outcome-console-switch');

    // The projector window loaded again (at the menu: its address names a scenario, which would
    // open a fresh briefing) keeps the switch where the console put it, over the plain default.
    await projector.goto(`${env.app.url}index.html`);
    await waitForScreen(projector, 'menu');
    await next(projector, () => projector.getByRole('button', { name: /^Resume/ }).first().click());
    await projector.getByRole('heading', { level: 1, name: 'The other report' }).waitFor();
    await expect.poll(() => keep.isChecked(), PROMPTLY).toBe(true);
    // The 24-hour intrusion report (tutorial 1.8.0), then on past the memo.
    await next(projector, () => projector.locator('[data-choice="report_intrusion"]').click());
    // On past the memo to the regulator question, and the filing.
    const filing = projector.locator('[data-choice="report_pipc"]');
    for (let step = 0; step < 4 && !(await filing.isVisible()); step++) {
      await next(projector, () => projector.getByRole('button', { name: 'Continue' }).click());
    }
    await next(projector, () => filing.click());
    await waitForScreen(projector, 'consequence');
    // The story variant the engine picked for a team that had told its members.
    await projector.getByText(FILING_STORY).waitFor();
    expect(await expert(projector).textContent()).toContain(KEPT);

    // The console reveals it: the projector shows it on the screen the room is reading.
    await show.check();
    await expert(projector).getByText('Acceptable', { exact: true }).waitFor(PROMPTLY);
    expect(await expert(projector).textContent()).toContain('Reporting on time, with the revised figure');
    expect(await seriousViolations(projector)).toEqual([]);
    await screenshot(projector, 'outcome-revealed-by-console');
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);
});
