import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainYaml, generateScenario } from '../../src/analysis/index';
import { playRandom, runPlay } from '../../src/cli/commands/play';
import { runGraph } from '../../src/cli/commands/graph';
import { runRandomTest } from '../../src/cli/commands/randomtest';
import { createSession } from '../../src/engine/index';
import { History } from '../../src/engine/history';
import { recordingIo } from './recording-io';

/** Long but valid chains, at the 1 MiB the loader accepts: every command must finish them. */
describe('long chains through the CLI', () => {
  let dir = '';
  let continues = '';
  let decisions = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crisis-room-chains-'));
    continues = join(dir, 'continue-20000.yaml');
    decisions = join(dir, 'decision-4000.yaml');
    writeFileSync(continues, chainYaml({ beats: 20_000, kind: 'continue' }));
    writeFileSync(decisions, chainYaml({ beats: 4_000, kind: 'decision' }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plays a 20,000-decision chain to its end, copying no recorded choice on the way', () => {
    const scenario = generateScenario({ decisions: 20_000, choicesPerDecision: 2 });
    const session = createSession(scenario, { seed: 3, now: () => 0 });
    const copiedBefore = History.copied;
    playRandom(session, 3, () => undefined);
    expect(session.state().ending).not.toBeNull();
    expect(session.state().chosen).toHaveLength(20_000);
    // Each step used to copy the whole choice list: 200 million ids over this chain.
    expect(History.copied - copiedBefore).toBe(0);
  }, 120_000);

  it('plays a 20,000-beat file to its ending with play --auto random', async () => {
    const io = recordingIo();
    expect(await runPlay(continues, { auto: 'random', seed: '1', json: true }, io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ ending: { id: 'done' } });
  }, 120_000);

  it('does not call a 20,000-beat chain stuck in randomtest', async () => {
    // A fixed bound of 10,000 steps failed every run at b10000 with "no ending within 10000 steps".
    const io = recordingIo();
    const code = await runRandomTest(continues, { runs: '2', seed: '1', json: true }, io);
    expect(JSON.parse(io.stdout())).toMatchObject({ failed: 0 });
    expect(code).toBe(0);
  }, 120_000);

  it('draws the graph of a 4,000-beat, 1 MB file', async () => {
    // 384 s in the report that found it; the shared step budget bounds it now (no time is asserted).
    const io = recordingIo();
    expect(await runGraph(decisions, { format: 'mermaid' }, io)).toBe(0);
    expect(io.stdout()).toContain('b3999');
  }, 300_000);
});
