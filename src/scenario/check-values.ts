import type { Scenario } from './types.ts';
import { outcomeSites } from './outcome-sites.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/** Meter ranges, starts and bands (CR211-CR214), and fair-add percentages (CR215). */
export function checkValues(s: Scenario, reporter: Reporter): void {
  s.meters.forEach((m, i) => {
    const at = (key: string, ...rest: (string | number)[]) => ['meters', i, key, ...rest];
    if (m.min >= m.max) {
      reporter.error(
        'CR211',
        said('CR211', `meter '${m.id}' has min ${m.min} and max ${m.max}; min must be below max`, { id: m.id, min: m.min, max: m.max }),
        at('max'),
      );
      return;
    }
    if (m.start < m.min || m.start > m.max) {
      reporter.error(
        'CR212',
        said('CR212', `meter '${m.id}' starts at ${m.start}, outside its range ${m.min}..${m.max}`, { id: m.id, start: m.start, min: m.min, max: m.max }),
        at('start'),
      );
    }
    const first = m.bands[0];
    if (first !== undefined && first.from !== m.min) {
      reporter.error(
        'CR213',
        said('CR213', `the first band of meter '${m.id}' starts at ${first.from}; it must start at min (${m.min})`, { id: m.id, from: first.from, min: m.min }),
        at('bands', 0, 'from'),
      );
    }
    m.bands.forEach((band, j) => {
      const prev = m.bands[j - 1];
      if (prev !== undefined && band.from <= prev.from) {
        reporter.error(
          'CR214',
          said('CR214.ascend', `bands of meter '${m.id}' must ascend: ${band.from} follows ${prev.from}`, { id: m.id, from: band.from, previous: prev.from }),
          at('bands', j, 'from'),
        );
      } else if (band.from > m.max) {
        reporter.error(
          'CR214',
          said('CR214.aboveMax', `band from ${band.from} lies above meter '${m.id}''s max (${m.max})`, { id: m.id, from: band.from, max: m.max }),
          at('bands', j, 'from'),
        );
      }
    });
  });
  for (const [outcome, path] of outcomeSites(s)) {
    for (const change of outcome.meters) {
      if (change.op === 'fair' && Math.abs(change.percent) > 100) {
        reporter.error(
          'CR215',
          said('CR215', `a fair add moves at most 100% of the distance to the bound; ${Math.abs(change.percent)}% is too much`, { percent: Math.abs(change.percent) }),
          [...path, 'effects', change.meter],
        );
      }
    }
  }
}
