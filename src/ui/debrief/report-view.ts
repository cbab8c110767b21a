/** The whole debrief page for one report: header, exports, then each section in AAR order. */
import type { DebriefReport } from '../../debrief/index';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom/h';
import { bestPathSection, lazyBestPathSection } from './best-path';
import { exportButtons } from './downloads';
import type { FacilitatorKey } from '../../debrief/export-signature';
import { openPresenter } from './presenter';
import { observationsSection, discussionSection } from './aar-sections';
import { authorNotesSection, caseTimelineSection } from './case-sections';
import { decisionsSection } from './decision-sections';
import { meterSection, scoreSection } from './score-sections';
import { claimsSection, deadlinesSection, endingSection, section, table } from './sections';

export interface ReportViewOptions {
  /** When given and the report has no best path, the analysis computes one in the background. */
  readonly scenario?: Scenario;
  /** The facilitator's key to sign JSON exports with, when there is one (the game's debrief only). */
  readonly signingKey?: () => Promise<FacilitatorKey | null>;
}

function overviewSection(r: DebriefReport): HTMLElement {
  const o = r.overview;
  return section(
    'Exercise overview',
    table(
      ['Item', 'Detail'],
      [
        ['Scenario', `${o.title} (${o.scenarioId}, version ${o.version})`],
        ['Team', o.team || 'Not named'],
        ['Played', `${o.startedAt} to ${o.endedAt}`],
        [
          'Duration',
          `${o.minutes} min played (planned ${o.plannedMinutes} min); ${o.inGameHours} in-game hours`,
        ],
        ['Players', o.role],
        ['Audience', o.audience],
      ],
    ),
    o.objectives.length > 0 ? h('h3', null, 'Exercise objectives') : null,
    o.objectives.length > 0 ? h('ul', null, ...o.objectives.map((x) => h('li', null, x))) : null,
    o.caseNote
      ? h('p', { class: 'crd-muted' }, h('strong', null, 'Case note. '), o.caseNote)
      : null,
  );
}

export function reportView(r: DebriefReport, options: ReportViewOptions = {}): HTMLElement {
  const o = r.overview;
  // The exports follow what the page shows: once the best path arrives, they carry it too.
  let current = r;
  const bestPath = r.bestPath
    ? bestPathSection(r.bestPath)
    : options.scenario
      ? lazyBestPathSection(
          options.scenario,
          r,
          (best) => (current = { ...current, bestPath: best }),
        )
      : null;
  return h(
    'article',
    { class: 'crd-report', attrs: { lang: r.lang } },
    h(
      'header',
      { class: 'crd-header' },
      h('p', { class: 'crd-kicker' }, 'After-action report'),
      h('h1', { attrs: { tabindex: '-1' } }, o.title),
      h(
        'p',
        { class: 'crd-muted' },
        [o.team ? `Team ${o.team}` : 'Team not named', o.startedAt, `version ${o.version}`].join(
          ' · ',
        ),
      ),
      h(
        'p',
        { class: 'crd-present crd-no-print' },
        h(
          'button',
          {
            class: 'crd-btn crd-btn--present',
            attrs: { type: 'button' },
            on: { click: (event) => openPresenter(current, event.currentTarget as HTMLElement) },
          },
          'Present to the room',
        ),
        h('span', { class: 'crd-muted' }, ' One slide per decision, for the projector.'),
      ),
      exportButtons(() => current, options.signingKey),
    ),
    ...r.warnings.map((w) =>
      h('p', { class: 'crd-warning', attrs: { role: 'note' } }, h('strong', null, 'Note: '), w),
    ),
    section('Executive summary', ...r.executiveSummary.map((p) => h('p', null, p))),
    endingSection(r),
    scoreSection(r),
    meterSection(r),
    decisionsSection(r),
    bestPath,
    claimsSection(r),
    deadlinesSection(r),
    caseTimelineSection(r),
    observationsSection(r),
    discussionSection(r),
    overviewSection(r),
    authorNotesSection(r),
    h(
      'footer',
      { class: 'crd-footer crd-muted' },
      `Scenario hash ${o.hash} · seed ${o.seed} · report format ${r.version}`,
    ),
  );
}
