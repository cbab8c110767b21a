import type { Path } from './path.ts';
import { asList, asObject, has, type Raw } from './read.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/**
 * Claims and their costs (CR220-CR222), read from the file as written: the model fills a bound's
 * `value` in, so only the raw mapping tells a claim that gave both a figure and a bound.
 */
export function checkClaims(raw: Raw, reporter: Reporter): void {
  asList(raw['beats']).forEach((beat, i) => {
    asList(asObject(asObject(beat)['decision'])['choices']).forEach((choice, j) => {
      asList(asObject(choice)['claims']).forEach((claim, k) =>
        checkFigure(asObject(claim), ['beats', i, 'decision', 'choices', j, 'claims', k], reporter),
      );
    });
  });
  checkPenaltySigns(asObject(raw['credibility']), reporter);
}

/** One claim states one figure: `value`, or a bound (`at_least`, `up_to`, or both as a range). */
function checkFigure(claim: Raw, path: Path, reporter: Reporter): void {
  const bounds = ['at_least', 'up_to'].filter((key) => has(claim, key));
  if (has(claim, 'value') && bounds.length > 0) {
    reporter.error(
      'CR220',
      said('CR220.both', `a claim states either a figure (value) or a bound (at_least, up_to), not both; remove 'value' or '${bounds[0]!}'`, { bound: bounds[0]! }),
      [...path, bounds[0]!],
      'key',
    );
  } else if (!has(claim, 'value') && bounds.length === 0 && Object.keys(claim).length > 0) {
    reporter.error(
      'CR220',
      said('CR220.none', "a claim needs its figure: 'value', or a bound 'at_least' and/or 'up_to'"),
      path,
      'key',
    );
  }
  const low = claim['at_least'];
  const high = claim['up_to'];
  if (typeof low === 'number' && typeof high === 'number' && low > high) {
    reporter.error(
      'CR221',
      said('CR221', `this range is empty: at_least ${low} is above up_to ${high}; swap them`, { low, high }),
      [...path, 'up_to'],
    );
  }
}

/**
 * A meter both penalties change must move the same way: the packed rules charge the claims a
 * revision contradicts grouped by kind, not in the order they were made, and clamped adds of one
 * sign give the same result in any order.
 */
function checkPenaltySigns(credibility: Raw, reporter: Reporter): void {
  const penalty = asObject(credibility['penalty']);
  const regulator = asObject(credibility['regulator_penalty']);
  for (const [meter, cost] of Object.entries(regulator)) {
    const other = penalty[meter];
    if (typeof cost !== 'number' || typeof other !== 'number' || cost * other >= 0) continue;
    reporter.error(
      'CR222',
      said('CR222', `regulator_penalty changes '${meter}' by ${cost} but penalty by ${other}; a contradicted claim's costs to one meter must pull the same way`, { meter, regulator: cost, penalty: other }),
      ['credibility', 'regulator_penalty', meter],
    );
  }
}
