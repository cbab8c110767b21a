/**
 * The live session's debrief, once the facilitator ends it: each team its own after-action report,
 * the facilitator the comparison of every team, with the debrief page's own views and exports.
 */
import { buildReport, compareReports } from '../../debrief/index';
import type { LogEntry } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { mountComparison, mountDebrief, mountReport } from '../debrief/index';
import { mirror } from './team-screen';
import { reportTranslator } from '../debrief/report-words';

export function teamDebrief(container: HTMLElement, scenario: Scenario, team: string, log: readonly LogEntry[]): void {
  mountDebrief(container, { scenario, save: mirror(scenario, team, log).save() });
}

export function comparisonDebrief(container: HTMLElement, scenario: Scenario, logs: ReadonlyMap<string, readonly LogEntry[]>): void {
  const reports = [...logs].map(([team, log]) => ({ source: team, report: buildReport(scenario, mirror(scenario, team, log).save(), { tr: reportTranslator() }) }));
  if (reports.length === 1) {
    mountReport(container, reports[0]!.report, { scenario });
    return;
  }
  const result = compareReports(reports, [], reportTranslator());
  if (!result.ok) {
    container.replaceChildren(h('p', { class: 'banner banner--error', attrs: { role: 'alert' } }, t('live.compare.failed', { why: result.message })));
    return;
  }
  mountComparison(container, result.comparison);
  const each = h('div', { class: 'live-debrief__teams' });
  for (const { source, report } of reports) {
    const slot = h('div');
    each.append(
      h(
        'button',
        { class: 'btn', attrs: { type: 'button' }, on: { click: () => mountReport(slot, report, { scenario }) } },
        t('live.compare.open', { team: source }),
      ),
      slot,
    );
  }
  container.append(each);
}
