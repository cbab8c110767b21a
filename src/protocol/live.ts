/**
 * The live session's messages, from the browser to the session server: the types both sides share
 * (the server checks each against its JSON Schema in src/server/messages.ts). Types only.
 */
import type { SessionEvent } from '../engine/types.ts';
import type { Phrase } from '../scenario/said.ts';

/** A team member's move: propose a choice, or (the decider) commit one or continue. */
export interface Intent {
  readonly nonce: number;
  /** The length of the team log the sender saw: an intent made on an older log is out of turn. */
  readonly at: number;
  readonly kind: 'choose' | 'continue' | 'propose';
  readonly choice?: string;
}

/** The session events a facilitator may send: all but the start and the clock's own expiry. */
export type ConsoleEvent = Exclude<SessionEvent, { readonly type: 'session.start' | 'clock.expire' }>;

/** 'facilitator.extend' → 'extend': the console names an event by what follows the dot. */
type KindOf<Type extends string> = Type extends `${string}.${infer Kind}` ? Kind : never;

/**
 * A console command is its session event under a shorter name, with the event's own fields:
 * `{ kind: 'extend', seconds }` is `{ type: 'facilitator.extend', seconds }`. Derived from
 * `SessionEvent`, so a new console event gives the console a new command.
 */
export type ConsoleCommand = ConsoleEvent extends infer Event
  ? Event extends { readonly type: infer Type extends string }
    ? { readonly kind: KindOf<Type> } & Omit<Event, 'type'>
    : never
  : never;

/** The facilitator's console: one command for one team, or for every team ('*'). */
export interface ConsoleMessage {
  readonly nonce: number;
  readonly team: string;
  readonly command: ConsoleCommand;
}

export interface DeciderMessage {
  readonly nonce: number;
  readonly team: string;
  /** The participant's public id, as the dashboard lists it. */
  readonly participant: string;
}

/** What a client asks for when it joins or creates a room. */
export interface JoinOptions {
  /** Creating: a shipped scenario's id, or a scenario file's YAML text. */
  readonly scenario?: string;
  readonly source?: string;
  /** Joining: the session's code, and a team name, participant name and optional role. */
  readonly code?: string;
  readonly team?: string;
  readonly name?: string;
  readonly role?: string;
  /** Rejoining: the participant's token, or the facilitator's secret. */
  readonly token?: string;
  readonly secret?: string;
  /** Joining as the projector: the key the facilitator's page hands it. */
  readonly projector?: string;
}

/** The facilitator shows (or hides again) the teams' choices on the projector. */
export interface RevealMessage {
  readonly nonce: number;
  readonly revealed: boolean;
}

/** One team on the projector: its last choice is there only once the facilitator reveals it. */
export interface TeamBoard {
  readonly team: string;
  readonly beat: string;
  readonly ending: string | null;
  readonly meters: Readonly<Record<string, number>>;
  readonly paused: boolean;
  readonly lastChoice?: string;
}

/** A member picks (or drops, with null) the role they play. */
export interface RoleMessage {
  readonly nonce: number;
  readonly role: string | null;
}

/** A participant as the server shows them to their team and the facilitator. */
export interface Member {
  /** Public id: a prefix of the token's hash, safe to show other participants. */
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly decider: boolean;
  readonly connected: boolean;
}

export interface TeamRoster {
  readonly team: string;
  readonly members: readonly Member[];
}

/**
 * One error of a scenario the server refused to start (issue #20): data, not words, so the
 * facilitator's page words it in its own language from the phrases, as the workshop does.
 */
export interface WireDiagnostic {
  readonly code: string;
  readonly line: number;
  readonly col: number;
  /** The English, for logs and for a page without the diagnostics catalog. */
  readonly message: string;
  /** The phrases `message` was made from (src/scenario/said.ts); absent when too large to send. */
  readonly words?: readonly Phrase[];
}
