import type { Scenario } from './types.ts';
import { outcomeSites } from './outcome-sites.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/** A meter's cap or floor lies within the meter's range (CR231); unknown meters are CR302's. */
export function checkCaps(s: Scenario, reporter: Reporter): void {
  const meters = new Map(s.meters.map((m) => [m.id, m]));
  for (const [outcome, path] of outcomeSites(s)) {
    for (const [key, limits] of [['cap', outcome.caps], ['floor', outcome.floors]] as const) {
      for (const [id, value] of Object.entries(limits ?? {})) {
        const meter = meters.get(id);
        if (meter === undefined || (value >= meter.min && value <= meter.max)) continue;
        reporter.error(
          'CR231',
          said(key === 'cap' ? 'CR231.cap' : 'CR231.floor', `a ${key} of ${value} on meter '${id}' lies outside its range ${meter.min}..${meter.max}`, { id, value, min: meter.min, max: meter.max }),
          [...path, key, id],
        );
      }
    }
  }
}
