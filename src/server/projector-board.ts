/**
 * What a projector client is sent: each team's beat, meters and ending, and its last choice only
 * once the facilitator has revealed the choices. Built on the server, so a projector (or anyone
 * holding its link) never receives a team's choices before the reveal.
 */
import type { TeamBoard } from '../protocol/live.ts';
import type { TeamRunner } from './team-runner.ts';

export function projectorBoard(runners: Iterable<TeamRunner>, revealed: boolean): TeamBoard[] {
  return [...runners].map((runner) => {
    const session = runner.session();
    const state = session.state();
    const last = state.chosen.at(-1);
    return {
      team: runner.team,
      beat: state.beat,
      ending: state.ending,
      meters: { ...state.meters },
      paused: session.paused(),
      ...(revealed && last !== undefined ? { lastChoice: last } : {}),
    };
  });
}
