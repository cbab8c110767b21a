/** The whole debrief page for one report: header, exports, then each section in AAR order. */
import type { DebriefReport } from '../../debrief/index';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
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
    t('viewer.overview.title'),
    table(
      [t('viewer.overview.item'), t('viewer.overview.detail')],
      [
        [t('viewer.overview.scenario'), t('viewer.overview.scenarioValue', { title: o.title, id: o.scenarioId, version: o.version })],
        [t('viewer.overview.team'), o.team || t('viewer.overview.notNamed')],
        [t('viewer.overview.played'), t('viewer.overview.playedValue', { start: o.startedAt, end: o.endedAt })],
        [
          t('viewer.overview.duration'),
          t('viewer.overview.durationValue', { minutes: o.minutes, planned: o.plannedMinutes, hours: o.inGameHours }),
        ],
        [t('viewer.overview.players'), o.role],
        [t('viewer.overview.audience'), o.audience],
      ],
    ),
    o.objectives.length > 0 ? h('h3', null, t('viewer.overview.objectives')) : null,
    o.objectives.length > 0 ? h('ul', null, ...o.objectives.map((x) => h('li', null, x))) : null,
    o.caseNote
      ? h('p', { class: 'crd-muted' }, h('strong', null, t('viewer.overview.caseNote')), o.caseNote)
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
      h('p', { class: 'crd-kicker' }, t('viewer.report.kicker')),
      h('h1', { attrs: { tabindex: '-1' } }, o.title),
      h(
        'p',
        { class: 'crd-muted' },
        [o.team ? t('viewer.report.team', { team: o.team }) : t('viewer.report.teamNotNamed'), o.startedAt, t('viewer.report.version', { version: o.version })].join(
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
          t('viewer.report.present'),
        ),
        h('span', { class: 'crd-muted' }, t('viewer.report.presentHint')),
      ),
      exportButtons(() => current, options.signingKey),
    ),
    ...r.warnings.map((w) =>
      h('p', { class: 'crd-warning', attrs: { role: 'note' } }, h('strong', null, t('viewer.report.note')), w),
    ),
    section(t('viewer.report.summary'), ...r.executiveSummary.map((p) => h('p', null, p))),
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
      t('viewer.report.footer', { hash: o.hash, seed: String(o.seed), format: r.version }),
    ),
  );
}
