/**
 * The live server's own refusals (issue #20), like the engine's: a code and the values it names,
 * with the English beside it. The client words the code in its page's language (`refusal.<code>`);
 * the English stays on the wire as `reason` for any client that does not.
 */
import type { Refusal as EngineRefusal } from '../engine/index.ts';
import type { WireDiagnostic } from '../protocol/live.ts';
import type { SchemaProblem } from './messages.ts';

export const SERVER_REFUSAL_CODES = [
  'unknownMessage',
  'invalidMessage',
  'onlyMemberIntents',
  'tooMany',
  'replayed',
  'noRun',
  'outOfTurn',
  'deciderOnly',
  'notStored',
  'onlyFacilitatorReveals',
  'onlyFacilitatorConsole',
  'noTeam',
  'onlyFacilitatorDecider',
  'noParticipant',
  'onlyMemberRole',
  'noRole',
  'notInSession',
  'closing',
  'nothingToStore',
] as const;

export type ServerRefusalCode = (typeof SERVER_REFUSAL_CODES)[number];

/** A refusal the server sends: its own or the engine's. */
export interface ServerRefusal {
  readonly code: ServerRefusalCode | EngineRefusal['code'];
  readonly values: Readonly<Record<string, string>>;
  readonly text: string;
}

const say = (code: ServerRefusalCode, text: string, values: Readonly<Record<string, string>> = {}): ServerRefusal => ({ code, values, text });

export const REFUSED = {
  unknownMessage: (type: string) => say('unknownMessage', `unknown message type '${type}'`, { type }),
  /**
   * What is wrong and where: Ajv's problem (the field, the rule, its limit), or the engine's own
   * English for a step it refused without a code. Only a hand-made message meets them.
   */
  invalidMessage: (problem: SchemaProblem | string) =>
    typeof problem === 'string'
      ? say('invalidMessage', problem, { detail: problem, field: '', rule: 'other' })
      : say('invalidMessage', problem.text, { detail: problem.text, ...problem.values }),
  onlyMemberIntents: say('onlyMemberIntents', 'only a team member sends intents'),
  tooMany: say('tooMany', 'too many messages: slow down'),
  replayed: say('replayed', 'this message was already received (replayed)'),
  noRun: say('noRun', 'your team has no run'),
  outOfTurn: (length: number, at: number) =>
    say('outOfTurn', `out of turn: the team's log has ${length} events, not ${at}`, { length: String(length), at: String(at) }),
  deciderOnly: say('deciderOnly', "only the team's decider commits; propose instead"),
  notStored: (error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    return say('notStored', `the server could not store it (${why}); try again`, { why });
  },
  onlyFacilitatorReveals: say('onlyFacilitatorReveals', 'only the facilitator reveals the choices'),
  onlyFacilitatorConsole: say('onlyFacilitatorConsole', 'only the facilitator uses the console'),
  noTeam: (team: string) => say('noTeam', `there is no team '${team}'`, { team }),
  onlyFacilitatorDecider: say('onlyFacilitatorDecider', 'only the facilitator sets a team’s decider'),
  noParticipant: (participant: string, team: string) =>
    say('noParticipant', `no participant '${participant}' in team '${team}'`, { participant, team }),
  onlyMemberRole: say('onlyMemberRole', 'only a team member picks a role'),
  noRole: (role: string) => say('noRole', `this scenario has no role '${role}'`, { role }),
  notInSession: say('notInSession', 'you are not in this session'),
  closing: say('closing', 'the room is closing'),
  nothingToStore: say('nothingToStore', 'nothing to store'),
} as const;

/** What the client receives: the English as `reason`, the code and values (and a refused scenario's errors) to word it. */
export const onWire = (
  refusal: Omit<ServerRefusal, 'code'> & { readonly code: string; readonly diagnostics?: readonly WireDiagnostic[] },
): { reason: string; code: string; values: Readonly<Record<string, string>>; diagnostics?: readonly WireDiagnostic[] } => ({
  reason: refusal.text,
  code: refusal.code,
  values: refusal.values,
  ...(refusal.diagnostics !== undefined && { diagnostics: refusal.diagnostics }),
});
