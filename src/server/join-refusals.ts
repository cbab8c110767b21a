/**
 * Why a join was refused (issue #20), coded like the room's refusals (refusals.ts). Colyseus hands
 * a client only a status and one message string for a failed join, so the message is the refusal
 * as JSON (`{reason, code, values}`, the shape of a `refused` message): the live page words the
 * code in its language (src/ui/live/refused.ts), and `reason` keeps the English for logs and for
 * any client that shows the message as it is.
 */
import { ServerError } from '@colyseus/core';
import type { WireDiagnostic } from '../protocol/live.ts';
import type { SchemaProblem } from './messages.ts';
import type { ScenarioErrors } from './scenario-errors.ts';
import { onWire } from './refusals.ts';

export const JOIN_REFUSAL_CODES = [
  'joinTooOften',
  'joinInvalid',
  'startOrJoin',
  'codeMissing',
  'codeMalformed',
  'noSession',
  'facilitatorLink',
  'projectorLink',
  'unknownDevice',
  'teamMissing',
  'sessionEnded',
  'sessionRestoring',
  'joinNoRole',
  'noShipped',
  'scenarioErrors',
  'storedScenario',
] as const;

export type JoinRefusalCode = (typeof JOIN_REFUSAL_CODES)[number];

/** A refused join: its HTTP-like status and the refusal. */
export interface JoinRefusal {
  readonly status: number;
  readonly refusal: {
    readonly code: JoinRefusalCode;
    readonly values: Readonly<Record<string, string>>;
    readonly text: string;
    /** A refused scenario's first errors, for the page to word (scenario-errors.ts). */
    readonly diagnostics?: readonly WireDiagnostic[];
  };
}

const say = (status: number, code: JoinRefusalCode, text: string, values: Readonly<Record<string, string>> = {}): JoinRefusal => ({
  status,
  refusal: { code, values, text },
});

export const JOIN_REFUSED = {
  joinTooOften: say(429, 'joinTooOften', 'Too many attempts to join from this address: wait a minute, then try again.'),
  joinInvalid: (problem: SchemaProblem) => say(400, 'joinInvalid', `The join request was refused: ${problem.text}.`, { detail: problem.text, ...problem.values }),
  startOrJoin: say(400, 'startOrJoin', 'A join request either starts a session (scenario) or joins one (code), not both.'),
  codeMissing: say(400, 'codeMissing', 'Type the join code the facilitator shows.'),
  codeMalformed: say(400, 'codeMalformed', 'A join code is 10 letters and digits, as the facilitator shows it.'),
  noSession: (code: string) => say(404, 'noSession', `No session has the code ${code}: check it with the facilitator.`, { code }),
  facilitatorLink: say(403, 'facilitatorLink', 'This facilitator link is not valid for this session.'),
  projectorLink: say(403, 'projectorLink', 'This projector link is not valid for this session.'),
  unknownDevice: say(403, 'unknownDevice', 'This device is not known in this session: join again with your team name.'),
  teamMissing: say(400, 'teamMissing', 'Type your team name.'),
  sessionEnded: say(409, 'sessionEnded', 'This session has ended.'),
  /** Another join is rebuilding the room from the store on this server (hosted-sessions.ts). */
  sessionRestoring: (code: string) => say(409, 'sessionRestoring', `Session ${code} is being restored on this server: join again in a moment.`, { code }),
  joinNoRole: (role: string) => say(400, 'joinNoRole', `This scenario has no role '${role}'.`, { role }),
  noShipped: (id: string, ids: readonly string[]) =>
    say(422, 'noShipped', `There is no shipped scenario '${id}' (there are: ${ids.join(', ')}).`, { id, ids: ids.join(', ') }),
  /**
   * The loader's first errors: in English as `check` headlines them (positions and codes a reader
   * can look up), and as data the page words in its language; `more` counts the errors not sent.
   */
  scenarioErrors: ({ count, lines, shown }: ScenarioErrors): JoinRefusal => {
    const more = count - shown.length;
    const errors = [...lines, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
    const refused = say(422, 'scenarioErrors', `The scenario has ${count} error${count === 1 ? '' : 's'}: ${errors}`, { count: String(count), more: String(more), errors });
    return { ...refused, refusal: { ...refused.refusal, diagnostics: shown } };
  },
  /**
   * A session whose stored file no longer loads (the loader changed since it started): the
   * loader's refusal's English for logs, and its errors as data the page words (issue #20).
   */
  storedScenario: (code: string, why: JoinRefusal['refusal']) => {
    const refused = say(500, 'storedScenario', `The stored scenario of session ${code} no longer loads: ${why.text}`, { ...why.values, code, why: why.text });
    return why.diagnostics === undefined ? refused : { ...refused, refusal: { ...refused.refusal, diagnostics: why.diagnostics } };
  },
} as const;

/** What onAuth or onJoin throws: Colyseus sends the status and the refusal's JSON to the client. */
export const joinError = ({ status, refusal }: JoinRefusal): ServerError => new ServerError(status, JSON.stringify(onWire(refusal)));
