/**
 * The scale-out store: session logs in PostgreSQL (DATABASE_URL), so any server process can
 * restore a room whose process died. Same tables and meaning as the SQLite store.
 */
import pg from 'pg';
import type { LogEntry } from '../engine/types.ts';
import type { LiveStore, ParticipantRecord } from './store.ts';

const SCHEMA = `
create table if not exists live_sessions (code text primary key, source text not null, scenario_id text not null,
  facilitator_hash text not null, seed bigint not null, created bigint not null, ended boolean not null default false);
create table if not exists live_events (code text not null, team text not null, seq integer not null, entry jsonb not null,
  primary key (code, team, seq));
create table if not exists live_participants (code text not null, token_hash text not null, team text not null,
  name text not null, role text, decider boolean not null, joined bigserial, primary key (code, token_hash));
`;

interface SessionRow {
  code: string;
  source: string;
  scenario_id: string;
  facilitator_hash: string;
  seed: string;
  created: string;
  ended: boolean;
}
interface ParticipantRow {
  code: string;
  token_hash: string;
  team: string;
  name: string;
  role: string | null;
  decider: boolean;
}

const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  code: row.code,
  tokenHash: row.token_hash,
  team: row.team,
  name: row.name,
  role: row.role,
  decider: row.decider,
});

/** Connects to `url` and creates the tables if they are missing. */
export async function openPgStore(url: string): Promise<LiveStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(SCHEMA);
  return {
    async createSession(record) {
      await pool.query('insert into live_sessions (code, source, scenario_id, facilitator_hash, seed, created, ended) values ($1, $2, $3, $4, $5, $6, $7)', [
        record.code,
        record.source,
        record.scenarioId,
        record.facilitatorHash,
        record.seed,
        record.created,
        record.ended,
      ]);
    },
    async findSession(code) {
      const { rows } = await pool.query<SessionRow>('select * from live_sessions where code = $1', [code]);
      const row = rows[0];
      if (!row) return null;
      return {
        code: row.code,
        source: row.source,
        scenarioId: row.scenario_id,
        facilitatorHash: row.facilitator_hash,
        seed: Number(row.seed),
        created: Number(row.created),
        ended: row.ended,
      };
    },
    async endSession(code) {
      await pool.query('update live_sessions set ended = true where code = $1', [code]);
    },
    async append(code, team, entry) {
      await pool.query('insert into live_events (code, team, seq, entry) values ($1, $2, $3, $4)', [code, team, entry.seq, JSON.stringify(entry)]);
    },
    async readLogs(code) {
      const { rows } = await pool.query<{ team: string; entry: LogEntry }>('select team, entry from live_events where code = $1 order by team, seq', [code]);
      const logs = new Map<string, LogEntry[]>();
      for (const row of rows) {
        const log = logs.get(row.team) ?? [];
        log.push(row.entry);
        logs.set(row.team, log);
      }
      return logs;
    },
    async saveParticipant(record) {
      await pool.query(
        'insert into live_participants (code, token_hash, team, name, role, decider) values ($1, $2, $3, $4, $5, $6) on conflict (code, token_hash) do update set role = excluded.role, decider = excluded.decider',
        [record.code, record.tokenHash, record.team, record.name, record.role, record.decider],
      );
    },
    async findParticipant(code, tokenHash) {
      const { rows } = await pool.query<ParticipantRow>('select * from live_participants where code = $1 and token_hash = $2', [code, tokenHash]);
      return rows[0] ? toParticipant(rows[0]) : null;
    },
    async listParticipants(code) {
      const { rows } = await pool.query<ParticipantRow>('select * from live_participants where code = $1 order by joined', [code]);
      return rows.map(toParticipant);
    },
    async close() {
      await pool.end();
    },
  };
}
