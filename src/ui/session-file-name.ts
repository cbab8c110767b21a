/**
 * The download name of a session log: scenario, team and start time, so the files of several
 * teams in one class never collide (issue #16, point 11).
 */

/** `<scenario>-<team>-<yyyy-mm-dd-hhmm>-session.json`, the team reduced to safe file-name characters. */
export function sessionFileName(scenarioId: string, team: string | undefined, startedAt: number): string {
  const safe = (team ?? '')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase();
  const when = new Date(startedAt);
  const pad = (value: number): string => String(value).padStart(2, '0');
  const stamp = Number.isFinite(when.getTime())
    ? `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}-${pad(when.getHours())}${pad(when.getMinutes())}`
    : 'undated';
  return `${scenarioId}-${safe || 'no-team'}-${stamp}-session.json`;
}
