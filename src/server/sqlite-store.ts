/**
 * The embedded store: one SQLite file in the data folder, written synchronously (WAL). The rows
 * become records in store-rows.ts, as the PostgreSQL store's do.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogEntry } from '../engine/types.ts';
import type { LiveStore } from './store.ts';
import { participantValues, proposalValues, sessionValues, toLogs, toParticipant, toProposal, toSession, type EventRow, type ParticipantRow, type ProposalRow, type SessionRow } from './store-rows.ts';

const SCHEMA = `
create table if not exists sessions (code text primary key, source text not null, scenario_id text not null,
  facilitator_hash text not null, seed integer not null, created integer not null, ended integer not null default 0);
create table if not exists events (code text not null, team text not null, seq integer not null, entry text not null,
  primary key (code, team, seq));
create table if not exists participants (code text not null, token_hash text not null, team text not null,
  name text not null, role text, decider integer not null, primary key (code, token_hash));
create table if not exists proposals (code text not null, team text not null, participant text not null,
  at integer not null, choice text not null, primary key (code, team, participant));
`;

/** SQLite has no boolean: 1 or 0. */
const bit = (value: boolean): number => (value ? 1 : 0);

/** Opens (creating if needed) the SQLite store at `file`; ':memory:' for tests. */
export function openSqliteStore(file: string, sync: 'NORMAL' | 'FULL' = 'NORMAL'): LiveStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a committed event is in the WAL file, in the operating system's hands,
  // before the room acknowledges it, so it survives the server process being killed; FULL also
  // waits for the disk (an fsync per event, tens of milliseconds here) and survives power loss.
  db.pragma(`synchronous = ${sync}`);
  db.exec(SCHEMA);
  const insertSession = db.prepare('insert into sessions (code, source, scenario_id, facilitator_hash, seed, created, ended) values (?, ?, ?, ?, ?, ?, ?)');
  const selectSession = db.prepare<[string], SessionRow>('select * from sessions where code = ?');
  const updateEnded = db.prepare('update sessions set ended = 1 where code = ?');
  const insertEvent = db.prepare('insert into events (code, team, seq, entry) values (?, ?, ?, ?)');
  const insertEvents = db.transaction((code: string, team: string, entries: readonly LogEntry[]) => {
    for (const entry of entries) insertEvent.run(code, team, entry.seq, JSON.stringify(entry));
  });
  const selectEvents = db.prepare<[string], EventRow>('select team, entry from events where code = ? order by team, seq');
  const upsertParticipant = db.prepare(
    'insert into participants (code, token_hash, team, name, role, decider) values (?, ?, ?, ?, ?, ?) on conflict (code, token_hash) do update set role = excluded.role, decider = excluded.decider',
  );
  const selectParticipant = db.prepare<[string, string], ParticipantRow>('select * from participants where code = ? and token_hash = ?');
  const selectParticipants = db.prepare<[string], ParticipantRow>('select * from participants where code = ? order by rowid');
  const upsertProposal = db.prepare(
    'insert into proposals (code, team, participant, at, choice) values (?, ?, ?, ?, ?) on conflict (code, team, participant) do update set at = excluded.at, choice = excluded.choice',
  );
  const selectProposals = db.prepare<[string], ProposalRow>('select * from proposals where code = ?');

  return {
    async createSession(record) {
      insertSession.run(...sessionValues(record, bit));
    },
    async findSession(code) {
      const row = selectSession.get(code);
      return row ? toSession(row) : null;
    },
    async endSession(code) {
      updateEnded.run(code);
    },
    async append(code, team, entries) {
      insertEvents(code, team, entries);
    },
    async readLogs(code) {
      return toLogs(selectEvents.all(code));
    },
    async saveParticipant(record) {
      upsertParticipant.run(...participantValues(record, bit));
    },
    async findParticipant(code, tokenHash) {
      const row = selectParticipant.get(code, tokenHash);
      return row ? toParticipant(row) : null;
    },
    async listParticipants(code) {
      return selectParticipants.all(code).map(toParticipant);
    },
    async saveProposal(record) {
      upsertProposal.run(...proposalValues(record));
    },
    async listProposals(code) {
      return selectProposals.all(code).map(toProposal);
    },
    async close() {
      db.close();
    },
  };
}
