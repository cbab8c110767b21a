import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

describe('buildReport with roles', () => {
  it('names the roles a pushed inject was addressed to', () => {
    const scenario = fixtureScenario('pushed-inject-addressee');
    const { session } = playSession(scenario);
    session.inject('reporter_call');
    const report = buildReport(scenario, session.save());
    expect(report.events.map((e) => e.detail)).toEqual([
      'Pushed inject "A reporter has the memo" to Communications lead, Chief executive',
    ]);
  });
});
