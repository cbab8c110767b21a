/**
 * Where a live session lives between processes: its record (scenario, join code, the hash of the
 * facilitator's secret), its participants, and each team's log of accepted events. The room
 * appends an event and acknowledges it only once `append` has resolved, so an acknowledged event
 * survives a killed process. SQLite is the embedded default; PostgreSQL serves several processes.
 */
import type { LogEntry } from '../engine/types.ts';

export interface SessionRecord {
  readonly code: string;
  /** The scenario's YAML source, so any process can rebuild the room with the same loader. */
  readonly source: string;
  readonly scenarioId: string;
  /** sha-256 of the facilitator's secret, hex; the secret itself is never stored. */
  readonly facilitatorHash: string;
  readonly seed: number;
  readonly created: number;
  /** Set when the facilitator ended the session for every team. */
  readonly ended: boolean;
}

export interface ParticipantRecord {
  /** sha-256 of the participant's token, hex. */
  readonly tokenHash: string;
  readonly code: string;
  readonly team: string;
  readonly name: string;
  readonly role: string | null;
  readonly decider: boolean;
}

/** A member's proposal, kept until the team's log moves past `at` (the log length it was made on). */
export interface ProposalRecord {
  readonly code: string;
  readonly team: string;
  /** The proposer's public id. */
  readonly participant: string;
  readonly at: number;
  readonly choice: string;
}

export interface LiveStore {
  createSession(record: SessionRecord): Promise<void>;
  findSession(code: string): Promise<SessionRecord | null>;
  endSession(code: string): Promise<void>;
  /**
   * Stores a team's accepted events (one intent may add several) all or none; rejects if the team
   * already has an event at one of their seqs.
   */
  append(code: string, team: string, entries: readonly LogEntry[]): Promise<void>;
  /** Every team's log, in seq order. */
  readLogs(code: string): Promise<Map<string, LogEntry[]>>;
  saveParticipant(record: ParticipantRecord): Promise<void>;
  findParticipant(code: string, tokenHash: string): Promise<ParticipantRecord | null>;
  listParticipants(code: string): Promise<ParticipantRecord[]>;
  /** Keeps a member's proposal, replacing their earlier one. */
  saveProposal(record: ProposalRecord): Promise<void>;
  listProposals(code: string): Promise<ProposalRecord[]>;
  close(): Promise<void>;
}
