import type { Scenario } from './types.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/**
 * A deadline's window is given once (CR230: exactly one of `hours` and `business_days`), and a
 * `deficient` outcome without a `deficient_when` would never apply (CR232).
 */
export function checkDeadlines(s: Scenario, reporter: Reporter): void {
  s.deadlines.forEach((d, i) => {
    const at = (...rest: string[]) => ['deadlines', i, ...rest];
    if (d.hours !== undefined && d.businessDays !== undefined) {
      reporter.error(
        'CR230',
        said('CR230.both', `deadline '${d.id}' gives both hours and business_days; keep one (business_days for a rule that counts business days, such as the SEC's four for an 8-K)`, { id: d.id }),
        at('business_days'),
        'key',
      );
    } else if (d.hours === undefined && d.businessDays === undefined) {
      reporter.error(
        'CR230',
        said('CR230.none', `deadline '${d.id}' needs its window: add hours (e.g. hours: 72) or business_days (e.g. business_days: 4)`, { id: d.id }),
        at('id'),
        'key',
      );
    }
    if (d.deficientWhen === undefined && (d.onDeficient !== undefined || d.deficientInject !== undefined)) {
      reporter.warning(
        'CR232',
        said('CR232', `deadline '${d.id}' has a deficient outcome but no deficient_when, so it never applies; add deficient_when (e.g. "not notice_complete")`, { id: d.id }),
        at('deficient'),
        'key',
      );
    }
  });
}
