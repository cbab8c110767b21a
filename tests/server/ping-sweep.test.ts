import { describe, expect, it } from 'vitest';
import { sweepUnresponsive, type PingedSocket } from '../../src/server/ping-sweep.ts';

/** A socket that records what the sweep did to it. */
function socket(pingCount: number): PingedSocket & { pings: number; terminated: boolean } {
  return {
    pingCount,
    pings: 0,
    terminated: false,
    ping() {
      this.pings += 1;
    },
    terminate() {
      this.terminated = true;
    },
  };
}

describe('the ping sweep', () => {
  it('drops a client that left its pings unanswered and counts a ping for the others', () => {
    const silent = socket(2);
    const answering = socket(0);
    sweepUnresponsive([silent, answering], 2, false);
    expect(silent.terminated).toBe(true);
    expect(answering).toMatchObject({ terminated: false, pingCount: 1, pings: 1 });
  });

  it('drops no one and counts no missed pong while the process restores rooms, yet still pings', () => {
    const silent = socket(2);
    sweepUnresponsive([silent], 2, true);
    expect(silent).toMatchObject({ terminated: false, pingCount: 2, pings: 1 });
    // Once the restores end, the count resumes where it was.
    sweepUnresponsive([silent], 2, false);
    expect(silent.terminated).toBe(true);
  });
});
