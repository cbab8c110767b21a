/**
 * The proposals inside each team: what each member would choose on the team's current decision.
 * A proposal is stored before it is acknowledged, like an event, so it survives a killed server
 * and is shown again to whoever reconnects; one made on an older log (`at`) has lapsed.
 */
import type { LiveStore, ProposalRecord } from './store.ts';

export interface Proposals {
  /** Stores and keeps a member's proposal on the log length `at`, replacing their earlier one. */
  put(record: ProposalRecord): Promise<void>;
  /** The team's proposals still open at log length `at`, member id → choice id. */
  open(team: string, at: number): Record<string, string>;
}

export function createProposals(store: LiveStore, stored: readonly ProposalRecord[] = []): Proposals {
  const teams = new Map<string, Map<string, ProposalRecord>>();
  const keep = (record: ProposalRecord): void => {
    const team = teams.get(record.team) ?? new Map<string, ProposalRecord>();
    team.set(record.participant, record);
    teams.set(record.team, team);
  };
  for (const record of stored) keep(record);
  return {
    async put(record) {
      await store.saveProposal(record);
      keep(record);
    },
    open(team, at) {
      const open: Record<string, string> = {};
      for (const record of teams.get(team)?.values() ?? []) if (record.at === at) open[record.participant] = record.choice;
      return open;
    },
  };
}
