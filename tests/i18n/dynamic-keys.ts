import { CONFIDENCES, DESIGN_CODES, INJECT_KINDS, RATINGS } from '../../src/scenario/index';
import { GRAPH_ENGLISH } from '../../src/analysis/beat-graph';
import { DEADLINE_PRESETS } from '../../src/authoring/deadline-presets';
import { ANSWER_FIELDS } from '../../src/authoring/new-scenario';
import { STRATEGIES } from '../../src/scenario/types';
import { DECISION_COLUMNS, PLAN_COLUMNS } from '../../src/debrief/index';
import { DIAGNOSTIC_PHRASES } from './diagnostic-codes.ts';
import { REFUSAL_CODES } from '../../src/engine/refusal';
import { JOIN_REFUSAL_CODES } from '../../src/server/join-refusals';
import { SERVER_REFUSAL_CODES } from '../../src/server/refusals';
import { CONSOLE_REFUSAL_CODES } from '../../src/ui/sync/link-refusal';
import { protocolFields } from './protocol-fields.ts';

/**
 * Keys the code builds from data rather than spells out (a confidence, an inject's kind, a clock's
 * status): the unused-key test accepts them when the family's builder appears in src/ and the key's
 * last part is one of the values the domain defines, so a family cannot outlive its builder and a
 * key for a value that no longer exists is still reported.
 */
export interface DynamicKeyFamily {
  readonly prefix: string;
  /** The expression in src/ that builds these keys. */
  readonly builtAs: string;
  readonly values: readonly string[];
  covers(id: string): boolean;
}

function family(prefix: string, values: readonly string[]): DynamicKeyFamily {
  return {
    prefix,
    builtAs: `\`${prefix}\${`,
    values,
    covers: (id) => id.startsWith(prefix) && values.includes(id.slice(prefix.length)),
  };
}

const RESOLVED = ['met', 'missed', 'deficient'];
const TONES = ['best', 'good', 'mixed', 'poor', 'worst'];
const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'];

export const DYNAMIC_KEY_FAMILIES: readonly DynamicKeyFamily[] = [
  family('common.confidence.', CONFIDENCES),
  family('common.injectKind.', INJECT_KINDS),
  family('cli.play.deadline.', ['running', ...RESOLVED]),
  family('cli.play.resolved.', RESOLVED),
  // The browser's views (i18n-ui).
  family('game.rating.', RATINGS),
  family('game.injectKind.', INJECT_KINDS),
  family('game.difficulty.', DIFFICULTIES),
  family('game.deadlines.', RESOLVED),
  family('game.consequence.', RESOLVED),
  family('game.consequence.contradiction', ['', 'In', 'Regulator', 'RegulatorIn']),
  family('game.ending.', TONES),
  family('game.summary.', ['idle', 'running']),
  family('game.summary.claimHeld', ['', 'Regulator']),
  family('game.summary.claimContradicted', ['', 'Regulator']),
  family('console.decision.strategy.', STRATEGIES),
  family('workshop.severity.', ['error', 'warning']),
  family('workshop.play.deadline.', ['running', ...RESOLVED]),
  family('workshop.summary.', ['unreachableBeats', 'unreachableChoices', 'notFoundBeats', 'notFoundChoices']),
  family('console.beat.source.', ['beat', 'trigger', 'deadline', 'facilitator']),
  family('console.meters.', [...RESOLVED, ...RESOLVED.map((status) => `${status}At`)]),
  family('viewer.rating.', RATINGS),
  family('viewer.ending.', TONES),
  family('viewer.hseep.', ['P', 'S', 'M', 'U']),
  family('viewer.deadlines.', ['running', ...RESOLVED]),
  // The report and its exports (i18n-debrief).
  family('debrief.rating.', ['P', 'S', 'M', 'U']),
  family('debrief.deadlineStatus.', ['idle', 'running', ...RESOLVED]),
  family('debrief.table.status.', ['running', ...RESOLVED]),
  family('debrief.difficulty.', DIFFICULTIES),
  family('debrief.condition.', RESOLVED),
  family('debrief.evidence.deadline.', ['running', ...RESOLVED]),
  family('debrief.limit.', ['missed', 'deficient']),
  family('debrief.claimEvidence.', ['accurate', 'held', 'none']),
  family('debrief.gap.', ['ended', 'elsewhere']),
  // The design findings (src/analysis/design/, worded by src/i18n/finding-words.ts): each code's
  // sentence or its parts, the surface strategies' descriptions, and every code's title.
  family('findings.', [
    ...['CR520', 'CR521', 'CR522', 'CR522.meter', 'CR529', 'CR529.fix', 'CR529.more', 'CR530.missed', 'CR530.deficient', 'CR531', 'CR532', 'CR533', 'CR534'],
    ...['surface', 'surface.chance', 'surface.near', 'surface.adviceCategory', 'surface.advicePattern', 'how.graph', 'how.search'],
    ...['first', 'longest', 'shortest', 'greedyHeadline', 'greedyMeter', 'category', 'categoryLongest'].map((key) => `strategy.${key}`),
    ...Object.keys(DESIGN_CODES).map((code) => `title.${code}`),
    // The analysis's own sentences in analyze's report (src/analysis/always-ends.ts, score-range.ts, analyze.ts; the debrief's best-path worker).
    ...['guarded', 'noWayOn', 'loop', 'proven'].map((key) => `report.always.${key}`),
    ...['cap', 'cycle', 'tooMany', 'deep', 'searchSteps', 'searchBudget', 'noEnding'].map((key) => `report.score.${key}`),
    ...['report.paths.cap', 'report.paths.loop', 'report.cap', 'report.cap.steps', 'report.cap.states', 'report.budget'],
    ...['exploration', 'sampled', 'scores', 'design', 'last'].map((key) => `report.budget.${key}`),
    // An ending's tone beside its id (src/i18n/tone-words.ts).
    ...TONES.map((tone) => `tone.${tone}`),
  ]),
  // The new-scenario wizard's deadline presets, by id (src/authoring/deadline-presets.ts).
  family('authoring.preset.', DEADLINE_PRESETS.map((preset) => preset.id)),
  // The answers the wizard's problems name (src/cli/commands/new.ts).
  family('authoring.field.', ANSWER_FIELDS),
  // The beat graph's own words (src/analysis/beat-graph.ts).
  family('analysis.graph.', Object.keys(GRAPH_ENGLISH)),
  // Why the engine, the live server (a join too) or the console link refused an event (src/i18n/refusal-words.ts).
  family('refusal.', [...REFUSAL_CODES, ...SERVER_REFUSAL_CODES, ...JOIN_REFUSAL_CODES, ...CONSOLE_REFUSAL_CODES]),
  // The live protocol's fields a refused message names, in words (src/i18n/field-words.ts).
  family('refusal.field.', protocolFields()),
  family('debrief.tone.', TONES),
  family('debrief.toneShort.', TONES),
  family('debrief.deadlineObservation.', ['running', ...RESOLVED].flatMap((status) => [status, `${status}Title`])),
  family('debrief.choiceRating.', [...RATINGS, 'unrated']),
  family('debrief.table.good.', ['high', 'low']),
  family('debrief.strategy.', STRATEGIES),
  // check's phrases (src/scenario/said.ts), named in src/ by their key, a noun or a yaml error code.
  family('diagnostics.', DIAGNOSTIC_PHRASES),
  family('debrief.column.', [...new Set([...DECISION_COLUMNS, ...PLAN_COLUMNS])]),
  // The live dashboard's deadline column.
  family('live.dash.status.', ['idle', 'running', ...RESOLVED]),
  family('live.dash.col.', ['team', 'connected', 'beat', 'meters', 'deadlines', 'lastChoice', 'clock', 'proposals', 'console']),
];
