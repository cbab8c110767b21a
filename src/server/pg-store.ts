/**
 * The scale-out store: session logs in PostgreSQL (DATABASE_URL), so any server process can
 * restore a room whose process died. Same tables and meaning as the SQLite store; the rows
 * become records in store-rows.ts.
 */
import pg from 'pg';
import { groupCommit } from './group-commit.ts';
import { recordCommit } from './metrics.ts';
import { commitBatch, type PgWrite } from './pg-commit.ts';
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
/** Event commits under way at once by default, each on its own connection. */
const EVENT_COMMITS = 2;

/** Connects to `url` and creates the tables if they are missing; `eventCommits` event commits may run at once. */
export async function openPgStore(url: string, eventCommits = EVENT_COMMITS): Promise<LiveStore> {
  // Reads (joins, restores) share the pool; writes are grouped on connections of their own, so
  // reads never queue ahead of the events teams are waiting on. Events go on two connections,
  // two commits at once: a team's events are never rewritten and it appends the next only once the
  // last are stored, so their order cannot change, and an event need not wait behind a commit
  // that is already under way. Participants and proposals are rewritten (a later role or
  // proposal replaces the earlier one), so theirs are one commit at a time, in order.
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  const eventWriters = new pg.Pool({ connectionString: url, max: eventCommits });
  const peopleWriter = new pg.Pool({ connectionString: url, max: 1 });
  await pool.query(SCHEMA);
  const lane = (writer: pg.Pool, concurrency: number) =>
    groupCommit<PgWrite>(
      async (batch) => {
        const sent = performance.now();
        await commitBatch(writer, batch);
        recordCommit(batch.length, performance.now() - sent);
      },
      { concurrency },
    );
  const events = lane(eventWriters, eventCommits);
  const people = lane(peopleWriter, 1);
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
    append: (code, team, entries) => events.write({ kind: 'events', code, team, entries }),
    async readLogs(code) {
      const { rows } = await pool.query<EventRow>('select team, entry from live_events where code = $1 order by team, seq', [code]);
      return toLogs(rows);
    },
    saveParticipant: (record) => people.write({ kind: 'participant', record }),
    async findParticipant(code, tokenHash) {
      const { rows } = await pool.query<ParticipantRow>('select * from live_participants where code = $1 and token_hash = $2', [code, tokenHash]);
      return rows[0] ? toParticipant(rows[0]) : null;
    },
    async listParticipants(code) {
      const { rows } = await pool.query<ParticipantRow>('select * from live_participants where code = $1 order by joined', [code]);
      return rows.map(toParticipant);
    },
    saveProposal: (record) => people.write({ kind: 'proposal', record }),
    async listProposals(code) {
      const { rows } = await pool.query<ProposalRow>('select * from live_proposals where code = $1', [code]);
      return rows.map(toProposal);
    },
    async close() {
      await Promise.all([pool.end(), eventWriters.end(), peopleWriter.end()]);
    },
  };
}
