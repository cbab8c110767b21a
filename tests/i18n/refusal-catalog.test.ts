/**
 * Refusals in every language (issue #20): each refusal the engine, the live server and the
 * console's link to the game window make, made for real, is worded by the English catalog exactly as the rules say it, and by the Korean
 * catalog in Korean, with no Latin word but the ids and values it names.
 */
import { describe, expect, it } from 'vitest';
import { compileRules, createSession, REFUSAL_CODES, type Refusal } from '../../src/engine/index';
import { JUMP_REFUSED, packedRules } from '../../src/engine/packed';
import { OFF_SCENARIO } from '../../src/engine/refusal';
import type { EngineEvent } from '../../src/engine/types';
import { english, loadTranslator, refusalText } from '../../src/i18n/index';
import { liveRefusalText } from '../../src/i18n/field-words';
import type { Scenario } from '../../src/scenario/types';
import { loadScenario } from '../../src/scenario/index';
import { JOIN_REFUSAL_CODES, JOIN_REFUSED, type JoinRefusal } from '../../src/server/join-refusals';
import { scenarioErrors } from '../../src/server/scenario-errors';
import { schemaError, validateConsole, validateIntent, validateJoin } from '../../src/server/messages';
import { REFUSED, SERVER_REFUSAL_CODES, type ServerRefusal } from '../../src/server/refusals';
import { applyCommand, type LinkedSession } from '../../src/ui/sync/apply-command';
import { CONSOLE_CLOSED, NO_ANSWER, NO_PROJECTOR } from '../../src/ui/sync/console-link';
import { CONSOLE_REFUSAL_CODES, NO_CONTROLLER, OTHER_CONTROLLER, type Outcome } from '../../src/ui/sync/link-refusal';
import { BAD_PROOF } from '../../src/ui/sync/projector-link';
import { flipSwitch } from '../../src/ui/sync/room-switches';
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

/** Ajv's problem with a message, for each rule the live schemas have (src/server/messages.ts). */
function schemaProblems(): ServerRefusal[] {
  const intents = [null, { nonce: 1, at: 0 }, { nonce: 1, at: 0, kind: 'choose', x: 1 }, { nonce: 1, at: 0, kind: 'shout' }, { nonce: 1, at: -1, kind: 'choose' }, { nonce: 1, at: 200_000, kind: 'choose' }, { nonce: 1, at: 0, kind: 'choose', choice: 'c'.repeat(101) }, { nonce: 1, at: 0, kind: 'choose', choice: '' }, { nonce: 'one', at: 0, kind: 'choose' }];
  const made = intents.map((message) => (validateIntent(message), REFUSED.invalidMessage(schemaError(validateIntent))));
  validateConsole({ nonce: 1, team: 'red', command: { kind: 'dance' } });
  made.push(REFUSED.invalidMessage(schemaError(validateConsole)));
  return made;
}

/** A scenario file the server refuses, with the loader's errors it sends. */
const brokenScenario = (source: string): JoinRefusal => JOIN_REFUSED.scenarioErrors(scenarioErrors(loadScenario(source, { file: 'opened file' }).diagnostics, source));

/** Each refusal of a join, with Ajv's problems with the join's options: a blank team name among them. */
function joinRefusals(): ServerRefusal[] {
  const refused = [JOIN_REFUSED.joinTooOften, JOIN_REFUSED.startOrJoin, JOIN_REFUSED.codeMissing, JOIN_REFUSED.codeMalformed, JOIN_REFUSED.noSession('ABCDEFGHJK'), JOIN_REFUSED.facilitatorLink, JOIN_REFUSED.projectorLink, JOIN_REFUSED.unknownDevice, JOIN_REFUSED.teamMissing, JOIN_REFUSED.sessionEnded, JOIN_REFUSED.sessionRestoring('ABCDEFGHJK'), JOIN_REFUSED.joinNoRole('janitor'), JOIN_REFUSED.noShipped('nowhere', ['tutorial', 'breach_33m']), brokenScenario('format: 1\nid: x\nbeats: []\n'), brokenScenario('meta: ['), JOIN_REFUSED.storedScenario('ABCDEFGHJK', brokenScenario('format: 1\nid: x\nbeats: []\n').refusal)];
  for (const options of [{ code: 'ABCDEFGHJK', team: '   ' }, { code: 'ABCDEFGHJK', team: 'x'.repeat(41) }, { admin: true }, 'join']) {
    validateJoin(options);
    refused.push(JOIN_REFUSED.joinInvalid(schemaError(validateJoin)));
  }
  return refused.map((join) => join.refusal as unknown as ServerRefusal);
}

const serverRefusals = (): ServerRefusal[] => [
  REFUSED.unknownMessage('shout'),
  ...schemaProblems(),
  REFUSED.invalidMessage('the engine said no'),
  ...joinRefusals(),
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
 * A game window's session that answers every command with nothing: a refused command it logs
 * (`logs`) or one it does not, without the engine's reason, as an older session might.
 */
function silentSession(logs: boolean): LinkedSession {
  const log: { accepted: boolean }[] = [];
  const answer = (): unknown => {
    if (logs) log.push({ accepted: false });
    return {};
  };
  return {
    scenario: flow,
    seed: 1,
    state: () => compileRules(flow).initial(1).state,
    log: () => log as never,
    paused: () => false,
    finished: () => false,
    choose: answer,
    continue: answer,
    pause: answer,
    resume: answer,
    extend: answer,
    inject: answer,
    undo: answer,
    jump: answer,
    note: answer,
    end: answer,
    subscribe: () => () => undefined,
  };
}

/** The console link's refusals as the game window and the console make them: a code, values, the English. */
function consoleRefusals(): { code: string; values: Readonly<Record<string, string>>; text: string }[] {
  const made: Outcome[] = [
    applyCommand(silentSession(false), { kind: 'inject', inject: 'nothing_here' }, () => undefined),
    applyCommand(silentSession(false), { kind: 'jump', beat: 'nowhere' }, () => undefined),
    applyCommand(silentSession(true), { kind: 'pause' }, () => undefined),
    applyCommand(silentSession(false), { kind: 'pause' }, () => undefined),
    flipSwitch({}, { kind: 'feedback', reveal: true }),
    flipSwitch({}, { kind: 'display', mode: 'projector' }),
    BAD_PROOF,
    NO_CONTROLLER,
    OTHER_CONTROLLER,
    CONSOLE_CLOSED,
    NO_PROJECTOR,
    NO_ANSWER,
  ];
  return made.map((outcome) => {
    expect(outcome.accepted).toBe(false);
    return { code: outcome.code ?? '', values: outcome.values ?? {}, text: outcome.reason ?? '' };
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
    expect(new Set(all().map((r) => r.code))).toEqual(new Set([...REFUSAL_CODES, ...SERVER_REFUSAL_CODES, ...JOIN_REFUSAL_CODES, ...CONSOLE_REFUSAL_CODES]));
    expect(JUMP_REFUSED.code).toBe('jumpPacked');
  });

  it('are worded in English exactly as the rules say them', () => {
    // The live server's field words (field-words.ts) change nothing in a refusal that names no field.
    for (const r of all()) expect(liveRefusalText(r, english), r.code).toBe(r.text);
  });

  it('are worded in Korean with no English left but what they name', async () => {
    const ko = await loadTranslator('ko');
    for (const r of all()) {
      const text = liveRefusalText(r, ko);
      expect(text, r.code).not.toBe(r.text);
      expect(latinLeft(text, r.values), `${r.code}: ${text}`).toEqual([]);
    }
  });

  it('fall back to their English where a page has no refusal catalog', async () => {
    const { createTranslator } = await import('../../src/i18n/index');
    const gameOnly = createTranslator('en', { common: {} });
    expect(refusalText(REFUSED.noRole('janitor'), gameOnly)).toBe("this scenario has no role 'janitor'");
  });
});
