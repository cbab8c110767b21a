import { END, RETURN, type Scenario } from './types.ts';
import type { Reporter } from './report.ts';
import { nextBeats } from './lookup.ts';
import { said } from './said.ts';

/**
 * The beat graph, linear in beats plus edges: beats unreachable from the start (CR401, warning),
 * reachable beats with no path to an ending (CR402), and a beat scheduled earlier than a beat that
 * leads to it (CR403, warning). Conditions are not evaluated; the analysis tool does that exactly.
 */
export function checkFlow(s: Scenario, reporter: Reporter): void {
  const index = new Map<string, number>();
  s.beats.forEach((b, i) => {
    if (!index.has(b.id)) index.set(b.id, i);
  });
  const n = s.beats.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const into: number[][] = Array.from({ length: n }, () => []);
  const ends = new Array<boolean>(n).fill(false);
  s.beats.forEach((b, i) => {
    for (const t of nextBeats(b)) {
      // A detour's choices return to a beat already on a path to an ending.
      if (t === END || t === RETURN) ends[i] = true;
      const j = index.get(t);
      if (j === undefined) continue;
      out[i]?.push(j);
      into[j]?.push(i);
    }
  });
  const startIndex = index.get(s.start);
  if (startIndex === undefined) return;

  // A detour is reached by a push (checkDetours reports one that nothing opens).
  const roots = [startIndex, ...s.beats.flatMap((b, i) => (b.detour ? [i] : []))];
  for (const t of s.triggers) {
    const j = t.goto === undefined ? undefined : index.get(t.goto);
    if (j !== undefined) roots.push(j);
  }
  const reachable = search(roots, out, n);
  const finishing = search(
    ends.flatMap((e, i) => (e ? [i] : [])),
    into,
    n,
  );
  s.beats.forEach((b, i) => {
    if (index.get(b.id) !== i) return;
    if (!reachable[i]) {
      reporter.warning(
        'CR401',
        said('CR401', `beat '${b.id}' cannot be reached from the start beat '${s.start}'; lead a choice or next to it, or remove it`, { id: b.id, start: s.start }),
        ['beats', i, 'id'],
      );
    } else if (!finishing[i]) {
      reporter.error(
        'CR402',
        said('CR402', `from beat '${b.id}' no path leads to an ending; every way on loops back. Add a choice with next: end, or a path to one`, { id: b.id }),
        ['beats', i, 'id'],
      );
    }
  });
  s.beats.forEach((b, j) => {
    // A relative beat (`at: "+24"`) always moves the clock on, and the hour a relative beat
    // leaves the clock at depends on the path: only absolute hours can be compared here.
    if (b.after !== undefined) return;
    let latest = -1;
    for (const i of into[j] ?? [])
      if (
        reachable[i] &&
        s.beats[i]?.after === undefined &&
        (latest === -1 || (s.beats[i]?.at ?? 0) > (s.beats[latest]?.at ?? 0))
      )
        latest = i;
    const before = latest === -1 ? undefined : s.beats[latest];
    if (before !== undefined && b.at < before.at && reachable[j]) {
      reporter.warning(
        'CR403',
        said(
          'CR403',
          `beat '${b.id}' is at hour ${b.at}, but beat '${before.id}' (hour ${before.at}) leads to it; the clock never goes back, so it will show hour ${before.at}`,
          { id: b.id, at: b.at, before: before.id, beforeAt: before.at },
        ),
        ['beats', j, 'at'],
      );
    }
  });
}

/** Marks every vertex reachable from the roots along the given edges. */
function search(roots: readonly number[], edges: readonly number[][], n: number): boolean[] {
  const seen = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  for (const r of roots) {
    if (!seen[r]) {
      seen[r] = true;
      stack.push(r);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop() as number;
    for (const w of edges[v] ?? []) {
      if (!seen[w]) {
        seen[w] = true;
        stack.push(w);
      }
    }
  }
  return seen;
}
