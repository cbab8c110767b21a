/**
 * Refusals in every language (issue #20): each refusal the engine and the live server make, made
 * for real, is worded by the English catalog exactly as the rules say it, and by the Korean
 * catalog in Korean, with no Latin word but the ids and values it names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules, createSession, REFUSAL_CODES, type Refusal } from '../../src/engine/index';
import { JUMP_REFUSED, packedRules } from '../../src/engine/packed';
import { OFF_SCENARIO } from '../../src/engine/refusal';
import type { EngineEvent } from '../../src/engine/types';
import { english, loadTranslator, refusalText } from '../../src/i18n/index';
import type { Scenario } from '../../src/scenario/types';
import { REFUSED, SERVER_REFUSAL_CODES, type ServerRefusal } from '../../src/server/refusals';
import englishRefusals from '../../src/i18n/locales/en/refusal.json';
import { CONSOLE_REFUSAL_CODES, matchRefusal } from '../../src/ui/facilitator/refusal-words';
import { loadFixture } from '../engine/load-fixture';

const flow = loadFixture('flow');
const detour = loadFixture('detour');
const push: EngineEvent = { type: 'facilitator.inject', inject: 'treasury_call' };

/** The flow fixture with its decision's default changed (or removed). */
function withDefault(choice: string | undefined): Scenario {
  return {
    ...flow,
    beats: flow.beats.map((beat) =>
      beat.decision ? { ...beat, decision: { ...beat.decision, defaultChoice: choice } } : beat,
    ),
  } as Scenario;
}

/** The refusal the rules give `event` in the state after `setup`. */
function refusalAfter(scenario: Scenario, setup: readonly EngineEvent[], event: EngineEvent): Refusal {
  const rules = compileRules(scenario);
  let state = rules.initial(1).state;
  for (const e of setup) state = rules.step(state, e).state;
  const result = rules.step(state, event);
  if (result.accepted || !result.refusal) throw new Error(`${JSON.stringify(event)} was not refused`);
  expect(result.reason).toBe(result.refusal.text);
  return result.refusal;
}

function sessionRefusals(): Refusal[] {
  const session = createSession(flow, { seed: 1, team: 'Blue' });
  const out: Refusal[] = [];
  const take = (event: Parameters<typeof session.apply>[0]): void => {
    const result = session.apply(event);
    if (result.refusal) out.push(result.refusal);
  };
  take({ type: 'session.start' } as Parameters<typeof session.apply>[0]);
  take({ type: 'session.resume' });
  take({ type: 'facilitator.undo' });
  take({ type: 'facilitator.extend', seconds: -5 });
  take({ type: 'session.pause' });
  take({ type: 'session.pause' });
  take({ type: 'clock.expire' });
  take({ type: 'session.resume' });
  take({ type: 'facilitator.end' });
  take({ type: 'player.continue' });
  return out;
}

const toChoose: EngineEvent[] = [{ type: 'player.continue' }];
const engineRefusals = (): Refusal[] => [
  refusalAfter(flow, [], { type: 'player.choose', choice: 'apologise' }),
  refusalAfter(flow, toChoose, { type: 'player.choose', choice: 'nope' }),
  refusalAfter(flow, toChoose, { type: 'player.choose', choice: 'secret' }),
  refusalAfter(flow, toChoose, { type: 'player.continue' }),
  refusalAfter(flow, [], { type: 'facilitator.inject', inject: 'welcome' }),
  refusalAfter(flow, [], { type: 'facilitator.jump', beat: 'nowhere' }),
  refusalAfter(withDefault(undefined), toChoose, { type: 'clock.expire' }),
  refusalAfter(withDefault('secret'), toChoose, { type: 'clock.expire' }),
  refusalAfter(flow, [...toChoose, { type: 'player.choose', choice: 'apologise' }], { type: 'player.continue' }),
  (() => {
    const rules = compileRules(flow);
    const result = rules.step({ ...rules.initial(1).state, beat: 'gone' }, { type: 'player.continue' });
    return result.refusal!;
  })(),
  packedRules(flow).refusal(packedRules(flow).store(), { type: 'facilitator.jump', beat: 'intro' })!,
  // The packed rules' own check of a beat the scenario lacks: a store is never left there by play.
  OFF_SCENARIO,
  // A decision opened by a pushed inject (a detour): open, answered, and reached only by a push.
  refusalAfter(detour, [push], push),
  refusalAfter(detour, [push, { type: 'player.choose', choice: 'pay' }], push),
  refusalAfter(detour, [], { type: 'facilitator.jump', beat: 'payment_call' }),
  ...sessionRefusals(),
];

const serverRefusals = (): ServerRefusal[] => [
  REFUSED.unknownMessage('shout'),
  REFUSED.invalidMessage('/command/seconds must be <= 600'),
  REFUSED.onlyMemberIntents,
  REFUSED.tooMany,
  REFUSED.replayed,
  REFUSED.noRun,
  REFUSED.outOfTurn(4, 3),
  REFUSED.deciderOnly,
  REFUSED.notStored(new Error('disk full')),
  REFUSED.onlyFacilitatorReveals,
  REFUSED.onlyFacilitatorConsole,
  REFUSED.noTeam('purple'),
  REFUSED.onlyFacilitatorDecider,
  REFUSED.noParticipant('p-9', 'blue'),
  REFUSED.onlyMemberRole,
  REFUSED.noRole('janitor'),
  REFUSED.notInSession,
  REFUSED.closing,
  REFUSED.nothingToStore,
];

/**
 * The console link's refusals, which the game window sends in English only (its first download
 * carries no codes): each catalog English, filled in, is what src/ui/sync writes, literal parts
 * and all, and the console recognises it.
 */
function consoleRefusals(): { code: string; values: Readonly<Record<string, string>>; text: string }[] {
  const source = ['apply-command', 'room-switches', 'projector-link', 'console-link']
    .map((name) => readFileSync(resolve(import.meta.dirname, `../../src/ui/sync/${name}.ts`), 'utf8'))
    .join('\n');
  const samples: Readonly<Record<string, Readonly<Record<string, string>>>> = { noSuchInject: { inject: 'leak' }, noSuchBeat: { beat: 'nowhere' } };
  const catalog = englishRefusals as Readonly<Record<string, string>>;
  return CONSOLE_REFUSAL_CODES.map((code) => {
    const message = catalog[code] ?? '';
    for (const literal of message.split(/\{\w+\}/)) expect(source, code).toContain(literal.replace(/''/g, "'"));
    const values = samples[code] ?? {};
    return { code, values, text: message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '') };
  });
}

/** Latin words of three letters or more, less the values the refusal names (ids, a condition, Ajv's detail). */
function latinLeft(text: string, values: Readonly<Record<string, string>>): string[] {
  // PIN is the Korean console's own word for the facilitator's code (the console catalog uses it).
  const named = new Set(['PIN', ...Object.values(values).flatMap((v) => v.match(/[A-Za-z]{3,}/g) ?? [])]);
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !named.has(w));
}

describe('refusals', () => {
  const all = (): { code: string; values: Readonly<Record<string, string>>; text: string }[] => [...engineRefusals(), ...serverRefusals(), ...consoleRefusals()];

  it('are all made here, one of each code', () => {
    expect(new Set(all().map((r) => r.code))).toEqual(new Set([...REFUSAL_CODES, ...SERVER_REFUSAL_CODES, ...CONSOLE_REFUSAL_CODES]));
    expect(JUMP_REFUSED.code).toBe('jumpPacked');
  });

  it('are worded in English exactly as the rules say them', () => {
    for (const r of all()) expect(refusalText(r, english), r.code).toBe(r.text);
  });

  it('are worded in Korean with no English left but what they name', async () => {
    const ko = await loadTranslator('ko');
    for (const r of all()) {
      const text = refusalText(r, ko);
      expect(text, r.code).not.toBe(r.text);
      expect(latinLeft(text, r.values), `${r.code}: ${text}`).toEqual([]);
    }
  });

  it('are recognised from their English alone, as the console reads the game window\'s', () => {
    for (const r of all()) if (r.code !== 'invalidMessage') expect(matchRefusal(r.text), r.text).toEqual({ code: r.code, values: r.values, text: r.text });
    expect(matchRefusal('something else')).toEqual({ text: 'something else' });
  });

  it('fall back to their English where a page has no refusal catalog', async () => {
    const { createTranslator } = await import('../../src/i18n/index');
    const gameOnly = createTranslator('en', { common: {} });
    expect(refusalText(REFUSED.noRole('janitor'), gameOnly)).toBe("this scenario has no role 'janitor'");
  });
});
