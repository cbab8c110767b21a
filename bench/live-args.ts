import type { Load } from './live-load';

/** `--name 12` from the command line, or the fallback. */
export const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

/** The load the command line asks for: --sessions, --teams, --members, --ramp (clients a second), --processes (client processes). */
export const loadOf = (sessions: number): Load => ({
  sessions: arg('sessions', sessions),
  teams: arg('teams', 6),
  members: arg('members', 5),
  ramp: arg('ramp', 40),
  ...(process.argv.includes('--processes') ? { processes: arg('processes', 1) } : {}),
});
