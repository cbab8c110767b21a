/**
 * The scale-out store: session logs in PostgreSQL (DATABASE_URL), so any server process can
 * restore a room whose process died. Same tables and meaning as the SQLite store; the rows
 * become records in store-rows.ts.
 */
import pg from 'pg';
import { recordBatch, type WriteKind } from './commit-metrics.ts';
import { commitBatch, type PgWrite } from './pg-commit.ts';
import { shardedGroupCommit } from './sharded-commit.ts';
import type { LiveStore } from './store.ts';
import { sessionValues, toLogs, toParticipant, toProposal, toSession, type EventRow, type ParticipantRow, type ProposalRow, type SessionRow } from './store-rows.ts';

const SCHEMA = `
create table if not exists live_sessions (code text primary key, source text not null, scenario_id text not null,
  facilitator_hash text not null, seed bigint not null, created bigint not null, ended boolean not null default false);
create table if not exists live_events (code text not null, team text not null, seq integer not null, entry jsonb not null,
  primary key (code, team, seq));
create table if not exists live_participants (code text not null, token_hash text not null, team text not null,
  name text not null, role text, decider boolean not null, joined bigserial, primary key (code, token_hash));
create table if not exists live_proposals (code text not null, team text not null, participant text not null,
  at integer not null, choice text not null, primary key (code, team, participant));
`;

const asIs = (value: boolean): boolean => value;
/** Commits under way at once by default, each on its own connection. */
const COMMITS = 8;
/**
 * The most writes in one commit. One statement's rows are inserted by one PostgreSQL backend on
 * one core, about 0.25 ms each here (500 events in 128 ms, while eight commits of 50 at once took
 * 32 ms), so a burst goes faster as several middling commits side by side than as one big one.
 */
const MAX_BATCH = 64;

const kindOf = (write: PgWrite): WriteKind => (write.kind === 'events' ? 'events' : 'people');
/** The team a write belongs to: its shard, so a team's writes are stored in the order made. */
const teamOf = (write: PgWrite): string => (write.kind === 'events' ? `${write.code}/${write.team}` : `${write.record.code}/${write.record.team}`);

/** Connects to `url` and creates the tables if they are missing; `commits` group commits may run at once, each of at most `maxBatch` writes. */
export async function openPgStore(url: string, commits = COMMITS, maxBatch = MAX_BATCH): Promise<LiveStore> {
  // Reads (joins, restores) share a pool; writes are grouped on connections of their own, so
  // reads never queue ahead of the writes teams are waiting on. Writes are sharded by team
  // (sharded-commit.ts): a team's events, members and proposals stay in order on one shard, one
  // commit at a time (a later role or proposal replaces the earlier one), while other teams'
  // writes commit at once on the other shards instead of queueing behind one commit.
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  const writers = new pg.Pool({ connectionString: url, max: commits });
  await pool.query(SCHEMA);
  const writes = shardedGroupCommit<PgWrite>(commits, teamOf, (batch) => commitBatch(writers, batch), { maxBatch, observe: (batch, items) => recordBatch(batch, items.map(kindOf)) });
  return {
    async createSession(record) {
      await pool.query('insert into live_sessions (code, source, scenario_id, facilitator_hash, seed, created, ended) values ($1, $2, $3, $4, $5, $6, $7)', sessionValues(record, asIs));
    },
    async findSession(code) {
      const { rows } = await pool.query<SessionRow>('select * from live_sessions where code = $1', [code]);
      return rows[0] ? toSession(rows[0]) : null;
    },
    async endSession(code) {
      await pool.query('update live_sessions set ended = true where code = $1', [code]);
    },
    append: (code, team, entries) => writes.write({ kind: 'events', code, team, entries }),
    async readLogs(code) {
      const { rows } = await pool.query<EventRow>('select team, entry from live_events where code = $1 order by team, seq', [code]);
      return toLogs(rows);
    },
    saveParticipant: (record) => writes.write({ kind: 'participant', record }),
    async findParticipant(code, tokenHash) {
      const { rows } = await pool.query<ParticipantRow>('select * from live_participants where code = $1 and token_hash = $2', [code, tokenHash]);
      return rows[0] ? toParticipant(rows[0]) : null;
    },
    async listParticipants(code) {
      const { rows } = await pool.query<ParticipantRow>('select * from live_participants where code = $1 order by joined', [code]);
      return rows.map(toParticipant);
    },
    saveProposal: (record) => writes.write({ kind: 'proposal', record }),
    async listProposals(code) {
      const { rows } = await pool.query<ProposalRow>('select * from live_proposals where code = $1', [code]);
      return rows.map(toProposal);
    },
    async close() {
      await Promise.all([pool.end(), writers.end()]);
    },
  };
}
