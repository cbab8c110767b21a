/**
 * Terminal play along long generated chains (the CLI's random play on a session, as
 * `play --auto random` runs it): CPU time at 5,000 to 40,000 decisions, and each size's time over
 * the half size's, measured in the same run. Linear work doubles (ratio near 2); a step that copies
 * the growing choice list makes it near 4.
 */
import { generateScenario } from '../src/analysis/index';
import { playRandom } from '../src/cli/commands/play';
import { createSession } from '../src/engine/index';
import { History } from '../src/engine/history';

const SIZES = [5_000, 10_000, 20_000, 40_000];
const ROUNDS = 3;

/** CPU seconds of one random playthrough of `decisions` decisions (best of ROUNDS: the machine is shared). */
function measure(decisions: number): { seconds: number; copied: number } {
  const scenario = generateScenario({ decisions, choicesPerDecision: 2 });
  let best = Infinity;
  let copied = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const session = createSession(scenario, { seed: round, now: () => 0 });
    const before = History.copied;
    const start = process.cpuUsage();
    playRandom(session, round, () => undefined);
    const used = process.cpuUsage(start);
    if (session.state().ending === null) throw new Error(`the ${decisions}-decision chain did not reach its ending`);
    copied = History.copied - before;
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { seconds: best, copied };
}

export function benchLongChains(): void {
  measure(1_000); // warm the JIT so the smallest size is not the slowest
  console.log('long chains, terminal random play (CPU s, best of 3; ratio = this size / half of it)');
  const seconds = new Map<number, number>();
  for (const size of SIZES) {
    const { seconds: used, copied } = measure(size);
    seconds.set(size, used);
    const half = seconds.get(size / 2);
    const ratio = half === undefined ? '' : `ratio ${(used / half).toFixed(2)}`;
    console.log(`  ${size.toLocaleString('en-US').padStart(7)} decisions  ${used.toFixed(3).padStart(7)} s  ${((used / size) * 1e6).toFixed(1).padStart(6)} µs/decision  ${copied} ids copied  ${ratio}`);
  }
  const ratio = seconds.get(20_000)! / seconds.get(10_000)!;
  console.log(`  20k / 10k: ${ratio.toFixed(2)} (about 2 when linear, 4 when quadratic)`);
}
