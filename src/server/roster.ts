/**
 * Who is in a live session: each participant's team, role and whether they decide for the team,
 * and who is connected now. The first to join a team decides until the facilitator says
 * otherwise, so a team of one works exactly like a single-projector session.
 */
import type { Member, TeamRoster } from '../protocol/live.ts';
import type { ParticipantRecord } from './store.ts';

export const publicId = (tokenHash: string): string => tokenHash.slice(0, 12);

export function createRoster(records: readonly ParticipantRecord[]) {
  const participants = new Map<string, ParticipantRecord>(records.map((record) => [publicId(record.tokenHash), record]));
  const connections = new Map<string, number>();
  return {
    get: (id: string) => participants.get(id),
    put(record: ParticipantRecord) {
      participants.set(publicId(record.tokenHash), record);
    },
    hasTeam: (team: string) => [...participants.values()].some((record) => record.team === team),
    teamMembers: (team: string) => [...participants.values()].filter((record) => record.team === team),
    connect(id: string, delta: 1 | -1) {
      connections.set(id, Math.max(0, (connections.get(id) ?? 0) + delta));
    },
    /** Every team with its members, in the order they first joined. */
    teams(): TeamRoster[] {
      const teams = new Map<string, Member[]>();
      for (const [id, record] of participants) {
        const members = teams.get(record.team) ?? [];
        members.push({ id, name: record.name, role: record.role, decider: record.decider, connected: (connections.get(id) ?? 0) > 0 });
        teams.set(record.team, members);
      }
      return [...teams].map(([team, members]) => ({ team, members }));
    },
  };
}

export type Roster = ReturnType<typeof createRoster>;
