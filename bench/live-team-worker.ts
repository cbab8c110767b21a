/**
 * A child process of the live benchmarks that plays some of the load's teams (live-client.ts), so
 * thousands of WebSocket clients are spread over several processes: one process holding them all
 * answered the server's pings too late on a starved machine and its clients were dropped.
 * The parent says which teams to join, when to start and when to leave; this process reports
 * each join and, every quarter second, the tallies that changed (see live-workers.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../src/scenario/index';
import { waitForJoinsLikeABrowser } from './browser-like-http';
import { newTally, playTeam, type TeamTally } from './live-client';
import { joinGate } from './live-join';
import type { ToWorker, FromWorker, TallyFigures } from './live-workers';

waitForJoinsLikeABrowser();
const scenario = loadScenario(readFileSync(resolve(import.meta.dirname, '../scenarios/tutorial.yaml'), 'utf8')).scenario!;
const gate = joinGate(Number(process.argv[2] ?? 0));
const tallies = new Map<string, TeamTally>();
const teams: { start: () => void; leave: () => void }[] = [];
const sent = new Map<string, string>();

const say = (message: FromWorker): void => void process.send?.(message);

const figuresOf = (tally: TeamTally): TallyFigures => ({ acked: [...tally.acked], duplicates: tally.duplicates, gaps: tally.gaps, finished: tally.finished, rejoined: tally.rejoined, drops: tally.drops, rejoinMs: tally.rejoinMs });

/** Sends the tallies that changed since they were last sent. */
function report(): void {
  for (const [key, tally] of tallies) {
    const signature = `${tally.acked.size}/${tally.duplicates}/${tally.gaps}/${tally.finished}/${tally.rejoined}/${tally.drops}/${tally.rejoinMs.length}`;
    if (sent.get(key) === signature) continue;
    sent.set(key, signature);
    say({ kind: 'tally', key, figures: figuresOf(tally) });
  }
}
const reporting = setInterval(report, 250);

process.on('message', (message: ToWorker) => {
  if (message.kind === 'join') {
    const tally = newTally();
    tallies.set(message.key, tally);
    playTeam(message.endpoints, scenario, message.code, message.team, message.members, tally, gate).then(
      (team) => {
        teams.push(team);
        say({ kind: 'joined', key: message.key, retries: gate.retries() });
      },
      (error: unknown) => say({ kind: 'failed', key: message.key, message: error instanceof Error ? error.message : String(error) }),
    );
  } else if (message.kind === 'start') for (const team of teams) team.start();
  else {
    for (const team of teams) team.leave();
    clearInterval(reporting);
    report();
    say({ kind: 'left' });
  }
});
// The parent is gone (it finished, or died): so is its load.
process.on('disconnect', () => process.exit(0));
