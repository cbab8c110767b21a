/**
 * The PostgreSQL store's writes, grouped (group-commit.ts): a batch of events, participants and
 * proposals becomes one statement (arrays unnested into multi-row inserts), so it is one round trip
 * and one transaction, hence one flush of the write-ahead log, and all or nothing. Prepared once
 * per connection (it is named).
 */
import type pg from 'pg';
import type { LogEntry } from '../engine/types.ts';
import type { ParticipantRecord, ProposalRecord } from './store.ts';

export type PgWrite =
  | { readonly kind: 'events'; readonly code: string; readonly team: string; readonly entries: readonly LogEntry[] }
  | { readonly kind: 'participant'; readonly record: ParticipantRecord }
  | { readonly kind: 'proposal'; readonly record: ProposalRecord };

// Data-modifying WITH clauses run to completion whether or not the outer select reads them.
const STATEMENT = `with
  events as (insert into live_events (code, team, seq, entry)
    select * from unnest($1::text[], $2::text[], $3::integer[], $4::jsonb[])),
  participants as (insert into live_participants (code, token_hash, team, name, role, decider)
    select * from unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::boolean[])
    on conflict (code, token_hash) do update set role = excluded.role, decider = excluded.decider),
  proposals as (insert into live_proposals (code, team, participant, at, choice)
    select * from unnest($11::text[], $12::text[], $13::text[], $14::integer[], $15::text[])
    on conflict (code, team, participant) do update set at = excluded.at, choice = excluded.choice)
select 1`;

/** The statement's parameters: one array per column. A row written twice in a batch keeps its last values (one upsert may not touch a row twice). */
export function commitValues(batch: readonly PgWrite[]): unknown[][] {
  const events: unknown[][] = [[], [], [], []];
  const participants = new Map<string, ParticipantRecord>();
  const proposals = new Map<string, ProposalRecord>();
  for (const write of batch) {
    if (write.kind === 'events') {
      for (const entry of write.entries) [write.code, write.team, entry.seq, JSON.stringify(entry)].forEach((value, column) => events[column]!.push(value));
    } else if (write.kind === 'participant') participants.set(JSON.stringify([write.record.code, write.record.tokenHash]), write.record);
    else proposals.set(JSON.stringify([write.record.code, write.record.team, write.record.participant]), write.record);
  }
  const people = [...participants.values()];
  const offers = [...proposals.values()];
  return [
    ...events,
    people.map((p) => p.code),
    people.map((p) => p.tokenHash),
    people.map((p) => p.team),
    people.map((p) => p.name),
    people.map((p) => p.role),
    people.map((p) => p.decider),
    offers.map((p) => p.code),
    offers.map((p) => p.team),
    offers.map((p) => p.participant),
    offers.map((p) => p.at),
    offers.map((p) => p.choice),
  ];
}

export async function commitBatch(pool: pg.Pool, batch: readonly PgWrite[]): Promise<void> {
  await pool.query({ name: 'live-commit', text: STATEMENT, values: commitValues(batch) });
}
