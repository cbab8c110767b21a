import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/cli/commands/compare';
import { runDebrief } from '../../src/cli/commands/debrief';
import { buildReport, toJson } from '../../src/debrief/index';
import { createFacilitatorKey, publicKeyFile, signExport, type FacilitatorKey } from '../../src/debrief/export-signature';
import { fixtureScenario, playSession } from '../debrief/play';

const SCENARIO = new URL('../fixtures/debrief/breach-mini.yaml', import.meta.url).pathname;
let dir = '';
let key: FacilitatorKey;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signed-cli-'));
  key = await createFacilitatorKey();
  const scenario = fixtureScenario('breach-mini');
  const blue = playSession(scenario, 'Blue');
  blue.session.choose('disclose_early');
  blue.session.choose('file_report');
  const green = playSession(scenario, 'Green');
  green.session.choose('stay_silent');
  green.session.choose('lawyer_up');
  const exported = (save: unknown) => JSON.parse(toJson(buildReport(scenario, save as Parameters<typeof buildReport>[1]))) as Record<string, unknown>;
  const blueSigned = await signExport(exported(blue.session.save()), key);
  writeFileSync(join(dir, 'blue.json'), blueSigned);
  writeFileSync(join(dir, 'green.json'), toJson(buildReport(scenario, green.session.save())));
  const edited = JSON.parse(blueSigned) as { score: { overall: number } };
  edited.score.overall = 12;
  writeFileSync(join(dir, 'blue-edited.json'), JSON.stringify(edited));
  writeFileSync(join(dir, 'key.json'), publicKeyFile(key));
  writeFileSync(join(dir, 'other-key.json'), publicKeyFile(await createFacilitatorKey()));
});

describe('signed exports in the CLI', () => {
  it('debrief says who signed an export, that another is unsigned, and that an edited one does not match', async () => {
    const lines: string[] = [];
    for (const file of ['blue.json', 'green.json', 'blue-edited.json']) {
      const { io, err } = capture();
      expect(await runDebrief(join(dir, file), { scenario: SCENARIO }, io)).toBe(0);
      lines.push(err.join(''));
    }
    expect(lines).toEqual([
      `${join(dir, 'blue.json')}: signed by ${key.fingerprint}\n`,
      `${join(dir, 'green.json')}: unsigned\n`,
      `${join(dir, 'blue-edited.json')}: signature does not match: it was changed after it was signed\n`,
    ]);
  });

  it('debrief --public-key refuses a signature by another key, and names a bad key file', async () => {
    const mine = capture();
    await runDebrief(join(dir, 'blue.json'), { scenario: SCENARIO, publicKey: join(dir, 'key.json') }, mine.io);
    expect(mine.err.join('')).toContain(`signed by ${key.fingerprint}`);
    const other = capture();
    await runDebrief(join(dir, 'blue.json'), { scenario: SCENARIO, publicKey: join(dir, 'other-key.json') }, other.io);
    expect(other.err.join('')).toContain(`signature does not match: it was signed by key ${key.fingerprint}, not by the key given`);
    const bad = capture();
    expect(await runDebrief(join(dir, 'blue.json'), { scenario: SCENARIO, publicKey: join(dir, 'green.json') }, bad.io)).toBe(1);
    expect(bad.err.join('')).toBe(`crisis-room: ${join(dir, 'green.json')}: not a public key file: "format" should be "crisis-room-public-key"\n`);
  });

  it('compare says it for each export', async () => {
    const { io, err } = capture();
    expect(await runCompare([join(dir, 'blue.json'), join(dir, 'green.json')], { scenario: SCENARIO }, io)).toBe(0);
    expect(err.join('')).toBe(`${join(dir, 'blue.json')}: signed by ${key.fingerprint}\n${join(dir, 'green.json')}: unsigned\n`);
  });
});
