/**
 * Authoring tools: exhaustive analysis of a scenario's state space, seeded random playtests, and
 * the beat graph. Pure: driven by the engine's rules, no DOM, no Node. See docs/authoring-tools.md.
 */
export { analyze, type AnalyzeOptions } from './analyze';
export { analysisToJson } from './to-json';
export type * from './types';
export type { ClampedEffect, ConditionFinding, Range } from './findings';
export type { ScoreRange, ScoredRoute } from './score-range';
export type { DesignFinding, StrategyReport, StrategyRun } from './design/types';
export type { FindingPositions } from './design/review';
export { explore, DEFAULT_MAX_STATES, type StateGraph } from './explore';
export { createBudget, DEFAULT_MAX_STEPS, type Budget } from './budget';
export { movesWithoutLoop, stepLimit } from '../engine/step-limit';
export { searchScoreRange, DEFAULT_SEARCH_STEPS } from './score-search';
export { alwaysEnds, type EndingGuarantee } from './always-ends';
export { createStateKey, type StateKey } from './state-key';
export { randomTest, type RandomTestOptions, type RandomTestReport, type FailedRun, type Percentiles, type Strategy } from './random-test';
export { toMermaid, toDot } from './graph';
export { beatGraph, type BeatGraph, type GraphNode, type GraphEdge } from './beat-graph';
export { graphProblems, type GraphProblem, type GraphProblemCode } from './graph-check';
export { stateAt, followChoices, type PlayFrom } from './play-from';
export { generateScenario, type GenerateOptions } from './generate';
export { chainYaml, type ChainOptions } from './generate-chain';
export { formatAnalysis } from './format';
export { formatRandomTest } from './format-random-test';
