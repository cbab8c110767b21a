import { describe, expect, it } from 'vitest';
import { runPlay } from '../../src/cli/commands/play';
import { recordingIo } from './recording-io';

describe('crisis-room play with roles', () => {
  it('prints the roles an inject is addressed to under its header', async () => {
    const io = recordingIo();
    const file = 'tests/fixtures/cli/play-inject-addressee.yaml';
    expect(await runPlay(file, { choices: 'act', seed: '1' }, io)).toBe(0);
    expect(io.stdout()).toContain(
      '  [MEMO] Outside counsel: The clock is running\n    To: General counsel, Chief financial officer\n',
    );
  });
});
