/**
 * The live session's messages, from the browser to the session server: the types both sides share
 * (the server checks each against its JSON Schema in src/server/messages.ts). Types only.
 */
/** A team member's move: propose a choice, or (the decider) commit one or continue. */
export interface Intent {
  readonly nonce: number;
  /** The length of the team log the sender saw: an intent made on an older log is out of turn. */
  readonly at: number;
  readonly kind: 'choose' | 'continue' | 'propose';
  readonly choice?: string;
}

export type ConsoleCommand =
  | { readonly kind: 'pause' | 'resume' | 'undo' | 'end' }
  | { readonly kind: 'extend'; readonly seconds: number }
  | { readonly kind: 'inject'; readonly inject: string }
  | { readonly kind: 'jump'; readonly beat: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'choose'; readonly choice: string }
  | { readonly kind: 'continue' };

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
