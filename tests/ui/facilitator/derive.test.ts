import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/engine/index.ts';
import { loadScenario } from '../../../src/scenario/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import {
  canUndo,
  effectiveEntries,
  endedEarly,
  injectsInBeat,
  observerNotes,
  pushedInjects,
} from '../../../src/ui/facilitator/derive.ts';

const source = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/ui/facilitation-link.yaml'),
  'utf8',
);
const scenario = loadScenario(source).scenario as Scenario;

function session() {
  let wall = 1_000;
  return createSession(scenario, { seed: 5, now: () => (wall += 1_000) });
}

describe('derive', () => {
  it('lists the injects pushed in the current beat, and forgets them when the beat is left', () => {
    const play = session();
    play.inject('reporter_call');
    expect(injectsInBeat(play.log(), play.state())).toEqual([
      { inject: 'reporter_call', source: 'facilitator' },
    ]);
    expect(pushedInjects(play.log())).toEqual(new Map([['reporter_call', 1]]));
    play.choose('speak');
    expect(injectsInBeat(play.log(), play.state())).toEqual([]);
  });

  it('follows the engine when a decision is undone: what came after it is gone too', () => {
    const play = session();
    expect(canUndo(play.log())).toBe(false);
    play.choose('speak');
    play.inject('reporter_call');
    expect(canUndo(play.log())).toBe(true);
    expect(pushedInjects(play.log()).get('reporter_call')).toBe(1);
    play.undo();
    expect(play.state().beat).toBe('first');
    expect(pushedInjects(play.log()).size).toBe(0);
    expect(canUndo(play.log())).toBe(false);
    expect(effectiveEntries(play.log()).map((entry) => entry.event.type)).toEqual([
      'session.start',
    ]);
  });

  it('keeps observer notes with their beat and in-game time, undo or not', () => {
    const play = session();
    play.note('Quiet start.');
    play.choose('wait');
    play.note('They waited.');
    play.undo();
    expect(observerNotes(play.log()).map(({ beat, time, text }) => ({ beat, time, text }))).toEqual(
      [
        { beat: 'first', time: 0, text: 'Quiet start.' },
        { beat: 'second', time: 24, text: 'They waited.' },
      ],
    );
  });

  it('tells an early end from a finished story', () => {
    const play = session();
    play.choose('speak');
    expect(endedEarly(play.log())).toBe(false);
    play.end();
    expect(endedEarly(play.log())).toBe(true);
  });
});
