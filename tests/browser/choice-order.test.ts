/**
 * Choice order from the seed, in the real app: two seeds of a shipped scenario show the first
 * decision's choices in different orders (the orders the engine's `shownChoices` gives), the same
 * again on resume; number keys press the choice shown at that number; and the facilitator console
 * lists the choices in the projector's order with the projector's numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownChoices } from '../../src/engine/choice-order';
import { compileRules } from '../../src/engine/rules';
import { loadScenario } from '../../src/scenario/index';
import { next, openGame, readSave, shownChoiceIds, waitForScreen } from './game-helpers';
import { openConsole, openRoom } from './facilitator-room';
import { screenshot, useBrowserApp } from './harness';

const env = useBrowserApp();
const ROOT = resolve(import.meta.dirname, '../..');
const { scenario } = loadScenario(readFileSync(resolve(ROOT, 'scenarios/breach_33m.yaml'), 'utf8'));
if (!scenario) throw new Error('scenarios/breach_33m.yaml does not load');
const rules = compileRules(scenario);

/** The choice ids of the first decision a room with this seed meets, in the engine's shown order. */
function firstDecision(seed: number): string[] {
  let state = rules.initial(seed).state;
  while (!rules.beat(state.beat).decision) state = rules.step(state, { type: 'player.continue' }).state;
  return shownChoices(rules, state, seed).map((choice) => choice.id);
}

/** The war room of breach_33m at its first decision, for this seed. */
async function warRoom(seed: number) {
  const game = await openGame(env.browser, `${env.app.url}?scenario=breach_33m&seed=${seed}`);
  await waitForScreen(game.page, 'briefing', 90_000);
  await next(game.page, () => game.page.getByRole('button', { name: 'Continue' }).click());
  while ((await game.page.getByRole('group', { name: 'Choices' }).count()) === 0) {
    await next(game.page, () => game.page.getByRole('button', { name: 'Continue' }).click());
  }
  return game;
}

describe('choice order from the seed', () => {
  it('shows a decision in a different order for another seed, and number keys follow the shown order', async () => {
    const seedA = 1;
    let seedB = 2;
    while (firstDecision(seedB).join() === firstDecision(seedA).join()) seedB++;

    const a = await warRoom(seedA);
    const idsA = await shownChoiceIds(a.page);
    expect(idsA).toEqual(firstDecision(seedA));
    await screenshot(a.page, `choice-order-seed-${seedA}`);
    // Resumed from its save, the session shows the same order.
    await a.page.goto(env.app.url);
    await waitForScreen(a.page, 'menu');
    const offer = a.page.getByRole('region', { name: 'Saved exercise' });
    await offer.waitFor();
    expect(await next(a.page, () => offer.getByRole('button', { name: 'Resume' }).click())).toBe('war-room');
    expect(await shownChoiceIds(a.page)).toEqual(idsA);

    const b = await warRoom(seedB);
    const idsB = await shownChoiceIds(b.page);
    expect(idsB).toEqual(firstDecision(seedB));
    expect(idsB).not.toEqual(idsA);
    expect([...idsB].sort()).toEqual([...idsA].sort());
    await screenshot(b.page, `choice-order-seed-${seedB}`);

    // The key shown beside each card is its number key: pressing it selects that choice, and
    // Enter takes it.
    const keys = await b.page.locator('.choice__key').allTextContents();
    expect(keys).toEqual(idsB.map((_, index) => (index < 9 ? String(index + 1) : '')));
    await b.page.keyboard.press('2');
    expect(await next(b.page, () => b.page.keyboard.press('Enter'))).toBe('consequence');
    expect((await readSave(b.page))?.state).toMatchObject({ chosen: [idsB[1]] });

    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  }, 300_000);

  it('lists the choices on the facilitator console in the projector\u2019s order, with its numbers', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    const projected = await shownChoiceIds(room.projector);
    // The room's seed shuffles this decision, so matching the projector is not matching the file.
    const { scenario: tutorial } = loadScenario(readFileSync(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8'));
    const written = tutorial?.beats[0]?.decision?.choices.map((choice) => choice.id) ?? [];
    expect(projected).not.toEqual(written.filter((id) => projected.includes(id)));
    const cards = facilitator.locator('.panel--decision article.choice');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(projected.length);
    const listed = await cards.evaluateAll((articles) =>
      articles.map((article) => ({
        id: article.querySelector('[data-key^="choose:"]')?.getAttribute('data-key')?.slice('choose:'.length) ?? '',
        number: article.querySelector('.choice-number')?.textContent ?? '',
        available: !article.classList.contains('choice--unavailable'),
      })),
    );
    const offered = listed.filter((card) => card.available);
    expect(offered.map((card) => card.id)).toEqual(projected);
    expect(offered.map((card) => card.number)).toEqual(projected.map((_, index) => String(index + 1)));
    await screenshot(facilitator, 'choice-order-console');

    // Recording the card numbered 2 on the console takes the projector's choice 2.
    await facilitator.locator(`[data-key="choose:${projected[1]}"]`).click();
    await expect.poll(async () => (await readSave(room.projector))?.state).toMatchObject({ chosen: [projected[1]] });
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);
});
