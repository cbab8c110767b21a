/**
 * The kernel's TCP counters that say whether connections waited at the door (Linux, machine-wide):
 * a listening socket whose accept queue is full drops the handshake (ListenOverflows), the client
 * sends its SYN again 1, 3, 7, 15 s later (TCPSynRetrans), and a client that thought itself
 * connected may see its request reset ("socket hang up"). Other programs on the machine count too,
 * so the benchmarks print the difference over their own window only.
 */
import { readFileSync } from 'node:fs';

const NAMES = ['ListenOverflows', 'TCPSynRetrans'] as const;
export type TcpCounters = Record<(typeof NAMES)[number], number>;

/** The counters now, or null where /proc/net/netstat is not there to read. */
export function tcpCounters(): TcpCounters | null {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((line) => line.startsWith('TcpExt:'));
    const names = lines[0]?.split(/\s+/) ?? [];
    const values = lines[1]?.split(/\s+/) ?? [];
    const counters = Object.fromEntries(NAMES.map((name) => [name, Number(values[names.indexOf(name)])])) as TcpCounters;
    return NAMES.every((name) => Number.isFinite(counters[name])) ? counters : null;
  } catch {
    return null;
  }
}

/** What changed since `before`, for a line of the report. */
export function tcpSince(before: TcpCounters | null): string {
  const now = tcpCounters();
  if (!before || !now) return 'TCP counters not readable here';
  return `kernel (whole machine): ${now.ListenOverflows - before.ListenOverflows} handshakes dropped on full accept queues, ${now.TCPSynRetrans - before.TCPSynRetrans} SYNs sent again`;
}
