/**
 * One scripted team for the live benchmark: a decider who plays the tutorial to an ending (the
 * first choice shown, or Continue) and members who propose, each a real WebSocket client. Every
 * client keeps the team log by seq and counts what arrived twice or out of order.
 */
import { Client, type Room } from 'colyseus.js';
import { openSession, type Session } from '../src/engine/session';
import type { LogEntry } from '../src/engine/types';
import type { Scenario } from '../src/scenario/types';

export interface TeamTally {
  acked: Set<number>;
  duplicates: number;
  gaps: number;
  finished: boolean;
  log: LogEntry[];
}

export interface Participant {
  room: Room;
  token: string;
  endpoint: string;
}

let nonce = Date.now() * 1000;

/** Joins `count` members of `team`; the first is the decider and drives the run. */
export async function playTeam(endpoints: readonly string[], scenario: Scenario, code: string, team: string, count: number, tally: TeamTally): Promise<Participant[]> {
  const members: Participant[] = [];
  let session: Session | null = null;
  let decider: Participant | null = null;

  const act = (): void => {
    if (!session || !decider || session.finished()) {
      if (session?.finished()) tally.finished = true;
      return;
    }
    const state = session.state();
    const beat = scenario.beats.find((candidate) => candidate.id === state.beat);
    const choice = beat?.decision ? session.rules.available(state)[0] : undefined;
    const at = tally.log.length;
    if (choice) {
      for (const member of members.slice(1)) member.room.send('intent', { nonce: ++nonce, at, kind: 'propose', choice: choice.id });
      decider.room.send('intent', { nonce: ++nonce, at, kind: 'choose', choice: choice.id });
    } else decider.room.send('intent', { nonce: ++nonce, at, kind: 'continue' });
  };

  const onEntry = (entry: LogEntry, isDecider: boolean): void => {
    if (!isDecider) return;
    if (entry.seq < tally.log.length) {
      tally.duplicates += 1;
      return;
    }
    if (entry.seq > tally.log.length) {
      tally.gaps += 1;
      return;
    }
    tally.log.push(entry);
    session = openSession(scenario, { seed: (tally.log[0]!.event as { seed: number }).seed, team, logRefused: false }, tally.log);
    if (entry.seq > 0) act();
  };

  for (let index = 0; index < count; index += 1) {
    const endpoint = endpoints[(index + team.length) % endpoints.length]!;
    const room = await new Client(endpoint).joinOrCreate('exercise', { code, team, name: `${team}-${index}` });
    const isDecider = index === 0;
    const member: Participant = { room, token: '', endpoint };
    room.onMessage('welcome', (message: { token?: string }) => (member.token = message.token ?? member.token));
    room.onMessage('logs', (message: { logs: Record<string, LogEntry[]> }) => {
      if (!isDecider) return;
      const log = message.logs[team] ?? [];
      for (const entry of log.slice(tally.log.length)) tally.log.push(entry);
      if (tally.log.length > 0) session = openSession(scenario, { seed: (tally.log[0]!.event as { seed: number }).seed, team, logRefused: false }, tally.log);
    });
    room.onMessage('entry', (message: { entry: LogEntry }) => onEntry(message.entry, isDecider));
    room.onMessage('refused', (message: { reason: string }) => {
      if (isDecider) console.error(`${team}: refused: ${message.reason}`);
    });
    room.onMessage('ack', (message: { seq: number | null }) => {
      if (isDecider && typeof message.seq === 'number') tally.acked.add(message.seq);
    });
    for (const type of ['roster', 'proposals', 'ended']) room.onMessage(type, () => undefined);
    room.send('hello', {});
    members.push(member);
    if (isDecider) decider = member;
  }
  return Object.assign(members, { start: act });
}
