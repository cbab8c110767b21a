/**
 * The debrief: scoring, the after-action report, its exporters and team comparison. Pure: plain
 * data in, plain data or text out; no DOM, no files.
 */
export type * from './types';
export { REPORT_FORMAT, REPORT_VERSION } from './types';
export { scoreState, overallScore, DECISION_POINTS, ENDING_POINTS, WEIGHTS } from './score';
export { rateFraction, RATING_POINTS } from './evidence';
export { RATING_WORDS, DEADLINE_STATUS_WORDS, ratingWords, deadlineStatusWords, deadlineShownWords, choiceRatingWords, windowWords } from './words';
export { debriefEnglish } from './debrief-english';
export { caseMaterialWords } from './case-material';
export { noClaims } from './claim-words';
export { buildSlides, INCOMPLETE_SLIDE_NOTE, type Slide, type SlideDeck, type SlideMeter, type SlideChoice } from './slides';
export { overallText, evidenceTally, PARTIAL_MARK, PARTIAL_SCORE_NOTE, partialScoreNote } from './partial-words';
export { limitLines } from './limits';
export { buildReport, type BuildOptions } from './report';
export { verifiedReport, verifiedExport, unverifiedMessage, EDITED_EXPORT, editedExport, type Verified, type Unverified } from './verify';
export { bestPathReport, recommendedPath } from './best-path';
export { walkLog, type Timeline, type TimedDecision } from './timeline';
export { toMarkdown, mdText } from './export-markdown';
export { toJson, readReport, type ReadResult } from './export-json';
export { toCsv, parseCsv, csvField, DECISION_COLUMNS } from './export-csv';
export { toPlanCsv, PLAN_COLUMNS } from './export-plan-csv';
export { dueLabel } from './report-tables';
export { toHtml, meterChartHtml, esc as escapeHtml } from './export-html';
export { REPORT_CSS } from './export-html-style';
export {
  buildChart,
  chartSvg,
  PALETTE,
  type ChartModel,
  type ChartLine,
  type ChartLineInput,
  type ChartMarkerInput,
} from './chart';
export {
  compareReports,
  teamOverall,
  type Comparison,
  type CompareResult,
  type NamedReport,
  type TeamColumn,
  type UnverifiedTeam,
} from './compare';
export { comparisonToMarkdown, comparisonToCsv, deadlineTally, gridCellText, gridTeamName } from './compare-export';
export { choiceGrid, gapWords, type GridRow, type GridCell, type GridGap, type PathStep } from './compare-grid';
