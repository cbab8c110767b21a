import { describe, expect, it } from 'vitest';
import { analyze, beatGraph, formatAnalysis, graphProblems, toMermaid } from '../../src/analysis/index';
import { loadFixture } from '../engine/load-fixture';

describe('analyze: a detour opened by a facilitator push', () => {
  it('lists the detour and its choices apart, as opened by a push, and not as unreachable', () => {
    const analysis = analyze(loadFixture('detour'));
    expect(analysis.complete).toBe(true);
    expect(analysis.unreachable.beats).toEqual([]);
    expect(analysis.unreachable.choices).toEqual([]);
    expect(analysis.pushed).toEqual({ beats: ['payment_call'], choices: ['pay', 'call_back', 'hold_line'], triggers: ['bank_call'], flags: ['paid', 'warned'] });
    expect(analysis.unreachable.triggers).toEqual([]);
    // The exploration follows the team's own moves: an ending only a push leads to is not found by it.
    expect(analysis.unreachable.endings).toEqual(['costly']);
    expect(formatAnalysis(analysis)).toContain("Opened only by a facilitator's push, not explored (test plans cover them): beats payment_call; choices pay, call_back, hold_line; triggers bank_call");
  });

  it('says nothing of a condition that reads what only a push sets: the exploration makes no push', () => {
    const analysis = analyze(loadFixture('detour'));
    // `when: paid` (ending costly) and `paid and visits(afternoon) > 0` (trigger bank_call) held in
    // no explored state, and would read "never true where checked" to an author whose test plans play them.
    expect(analysis.conditions).toEqual([]);
    expect(formatAnalysis(analysis)).not.toContain('never true');
  });

  it('draws the detour from its push and its choices back to the interrupted beat, with no broken edge', () => {
    const scenario = loadFixture('detour');
    const graph = beatGraph(scenario, analyze(scenario));
    expect(graphProblems(graph)).toEqual([]);
    expect(graph.nodes.find((node) => node.key === 'beat:payment_call')?.reachable).toBeNull();
    const mermaid = toMermaid(scenario, analyze(scenario));
    expect(mermaid).toContain('push_treasury_call -.->|"facilitator"| beat_payment_call');
    expect(mermaid).toContain('beat_payment_call -->|"pay"| return_payment_call');
  });
});
