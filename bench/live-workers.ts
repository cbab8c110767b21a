/**
 * The parent's side of the benchmark's client processes (live-team-worker.ts): teams are dealt to
 * the processes in turn, each process joins its teams at its share of the ramp, and their tallies
 * come back here, where the audit reads them as if the teams had played in this process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import type { TeamFigures } from './live-client';

/** A team's figures as they cross between processes (a Set does not). */
export type TallyFigures = Omit<TeamFigures, 'acked'> & { readonly acked: number[] };

export type ToWorker =
  | { readonly kind: 'join'; readonly key: string; readonly code: string; readonly team: string; readonly members: number; readonly endpoints: readonly string[] }
  | { readonly kind: 'start' }
  | { readonly kind: 'leave' };

export type FromWorker =
  | { readonly kind: 'joined'; readonly key: string; readonly retries: number }
  | { readonly kind: 'failed'; readonly key: string; readonly message: string }
  | { readonly kind: 'tally'; readonly key: string; readonly figures: TallyFigures }
  | { readonly kind: 'left' };

export interface ClientProcesses {
  readonly tallies: Map<string, TeamFigures>;
  /** Joins a team's members in the next process; resolves once all are in (rejects with why not). */
  join(key: string, code: string, team: string, members: number, endpoints: readonly string[]): Promise<void>;
  start(): void;
  /** Every client leaves; resolves once every process has sent its last tallies. */
  leave(): Promise<void>;
  retries(): number;
}

/**
 * The niceness the client processes run at (19, the lowest priority, by default; `--nice 0` for
 * none). In a real deployment the participants' browsers are on other machines; here they share
 * two cores with the server and PostgreSQL, and at normal priority thousands of them starve the
 * server the benchmark measures.
 */
export const clientNiceness = (): number => {
  const at = process.argv.indexOf('--nice');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 19;
  return Number.isInteger(value) && value >= 0 && value <= 19 ? value : 19;
};

/**
 * `--server-nice N`: the niceness the server processes run at (0 by default; below 0 needs root).
 * On a machine shared with other work, the server (and PostgreSQL, reniced by hand: the bench does
 * not own it) may be put above that work, as if it had a machine of its own; the bench prints it.
 */
export const serverNiceness = (): number => {
  const at = process.argv.indexOf('--server-nice');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 0;
  return Number.isInteger(value) && value >= -20 && value <= 19 ? value : 0;
};

/** Puts a server process at `serverNiceness()`, saying so once per run. */
export function niceServer(pid: number | undefined): void {
  const niceness = serverNiceness();
  if (pid === undefined || niceness === 0) return;
  setPriority(pid, niceness);
  console.log(`server process ${pid} at nice ${niceness} (above other work on this machine)`);
}

export function startClientProcesses(count: number, rampPerProcess: number): ClientProcesses {
  const niceness = clientNiceness();
  const tallies = new Map<string, TeamFigures>();
  const waiting = new Map<string, { done: () => void; fail: (error: Error) => void }>();
  const retries: number[] = Array.from({ length: count }, () => 0);
  const left: (() => void)[] = [];
  const children: ChildProcess[] = Array.from({ length: count }, (_, index) => {
    const child = fork(resolve(import.meta.dirname, 'live-team-worker.ts'), [String(rampPerProcess)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    if (child.pid !== undefined && niceness > 0) setPriority(child.pid, niceness);
    child.on('message', (message: FromWorker) => {
      if (message.kind === 'tally') tallies.set(message.key, { ...message.figures, acked: new Set(message.figures.acked) });
      else if (message.kind === 'joined') {
        retries[index] = message.retries;
        waiting.get(message.key)?.done();
      } else if (message.kind === 'failed') waiting.get(message.key)?.fail(new Error(`${message.key}: ${message.message}`));
      else left.shift()?.();
    });
    child.once('exit', (code, signal) => {
      if (code !== 0) console.error(`client process ${index} exited (${code ?? signal})`);
    });
    return child;
  });
  let next = 0;
  const send = (child: ChildProcess, message: ToWorker): void => void child.send(message);
  return {
    tallies,
    join(key, code, team, members, endpoints) {
      tallies.set(key, { acked: new Set(), duplicates: 0, gaps: 0, finished: false, rejoined: 0, drops: 0, rejoinMs: [] });
      const child = children[next++ % count]!;
      return new Promise<void>((done, fail) => {
        waiting.set(key, { done, fail });
        send(child, { kind: 'join', key, code, team, members, endpoints });
      });
    },
    start: () => children.forEach((child) => send(child, { kind: 'start' })),
    async leave() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((done) => {
              left.push(done);
              send(child, { kind: 'leave' });
            }),
        ),
      );
      for (const child of children) child.disconnect();
    },
    retries: () => retries.reduce((sum, value) => sum + value, 0),
  };
}
