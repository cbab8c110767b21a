/**
 * The stores' rows and how they become records: one mapper for both drivers. SQLite hands back
 * numbers for integers and booleans; PostgreSQL hands back strings for bigint and real booleans,
 * so each field goes through the one coercion that accepts both.
 */
import type { LogEntry } from '../engine/types.ts';
import type { ParticipantRecord, ProposalRecord, SessionRecord } from './store.ts';

type Int = number | string;
type Flag = number | boolean;

export interface SessionRow {
  code: string;
  source: string;
  scenario_id: string;
  facilitator_hash: string;
  seed: Int;
  created: Int;
  ended: Flag;
}

export interface ParticipantRow {
  code: string;
  token_hash: string;
  team: string;
  name: string;
  role: string | null;
  decider: Flag;
}

export interface ProposalRow {
  code: string;
  team: string;
  participant: string;
  at: Int;
  choice: string;
}

/** An event row: SQLite keeps the entry as JSON text, PostgreSQL as jsonb (already parsed). */
export interface EventRow {
  team: string;
  entry: string | LogEntry;
}

const int = (value: Int): number => Number(value);
const flag = (value: Flag): boolean => value === true || value === 1;

export const toSession = (row: SessionRow): SessionRecord => ({
  code: row.code,
  source: row.source,
  scenarioId: row.scenario_id,
  facilitatorHash: row.facilitator_hash,
  seed: int(row.seed),
  created: int(row.created),
  ended: flag(row.ended),
});

export const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  code: row.code,
  tokenHash: row.token_hash,
  team: row.team,
  name: row.name,
  role: row.role,
  decider: flag(row.decider),
});

/** How a driver binds a boolean: SQLite has none (1 or 0), PostgreSQL takes it as it is. */
export type BindFlag = (value: boolean) => number | boolean;

/** Parameters in the order of the stores' insert statements (the columns' order in the tables). */
export const sessionValues = (record: SessionRecord, bind: BindFlag) =>
  [record.code, record.source, record.scenarioId, record.facilitatorHash, record.seed, record.created, bind(record.ended)];

export const participantValues = (record: ParticipantRecord, bind: BindFlag) => [record.code, record.tokenHash, record.team, record.name, record.role, bind(record.decider)];

export const proposalValues = (record: ProposalRecord) => [record.code, record.team, record.participant, record.at, record.choice];

/** Every team's log, in seq order (the rows arrive ordered by team, then seq). */
export function toLogs(rows: readonly EventRow[]): Map<string, LogEntry[]> {
  const logs = new Map<string, LogEntry[]>();
  for (const row of rows) {
    const log = logs.get(row.team) ?? [];
    log.push(typeof row.entry === 'string' ? (JSON.parse(row.entry) as LogEntry) : row.entry);
    logs.set(row.team, log);
  }
  return logs;
}

export const toProposal = (row: ProposalRow): ProposalRecord => ({ code: row.code, team: row.team, participant: row.participant, at: int(row.at), choice: row.choice });
