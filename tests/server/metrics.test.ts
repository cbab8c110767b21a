import { describe, expect, it } from 'vitest';
import { recordBatch } from '../../src/server/commit-metrics.ts';
import { loopLateness, metrics, recordIntent, recordRejoinAuth, recordRestore, startMeasuring } from '../../src/server/metrics.ts';

const spent = { queued: 0, step: 1, store: 2, broadcast: 0 };
const batch = { writes: 2, queued: [3, 1], ahead: [0, 1], committing: 9, inFlight: 1 };

describe('the live server figures', () => {
  it('keeps none on a server not started for the benchmark, so a long session does not grow them', () => {
    for (let intent = 0; intent < 3; intent += 1) recordIntent(5, spent);
    recordBatch(batch, ['events', 'people']);
    recordRestore(1, 2);
    recordRejoinAuth(3);
    expect(metrics().restores.count).toBe(0);
    expect(metrics().rejoinAuth.count).toBe(0);
    expect(metrics().intents).toBe(0);
    expect(metrics().queues.commits).toBe(0);
  });

  it("keeps the intents' times and the group commits' queue once measuring", () => {
    startMeasuring();
    recordIntent(5, spent);
    recordBatch(batch, ['events', 'people']);
    const figures = metrics();
    expect(figures.intents).toBe(1);
    expect(figures.queues.commits).toBe(1);
    expect(figures.queues.kinds.events).toMatchObject({ writes: 1, queued: { max: 3 }, committing: { max: 9 } });
    expect(figures.queues.kinds.people).toMatchObject({ writes: 1, queued: { max: 1 }, ahead: { max: 1 } });
  });

  it('keeps how long restored rooms waited and took, and how long returning devices were authenticated, once measuring', () => {
    startMeasuring();
    recordRestore(40, 700);
    recordRejoinAuth(1200);
    expect(metrics().restores).toMatchObject({ count: 1, waited: { max: 40 }, took: { max: 700 } });
    expect(metrics().rejoinAuth).toMatchObject({ count: 1, max: 1200 });
  });

  it("reads the event loop's lateness without the delay monitor's own interval", () => {
    // The monitor's histogram holds the time between its timer's runs: 10.1 ms on an idle loop at resolution 10.
    expect(loopLateness(10.1e6, 10)).toBeCloseTo(0.1);
    expect(loopLateness(35e6, 10)).toBe(25);
    expect(loopLateness(9e6, 10)).toBe(0);
  });
});
