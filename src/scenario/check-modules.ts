import type { Scenario } from './types.ts';
import type { Names } from './names.ts';
import { formatPath, type Path } from './path.ts';
import type { Reporter } from './report.ts';
import { didYouMean, unknownName } from './suggest.ts';
import { joined, said } from './said.ts';

/** The code of a beat listed in two modules, or twice in one. */
export const BEAT_IN_TWO_MODULES = 'CR311';

/**
 * Modules: every beat a module lists exists (CR301, with the closest beat id) and belongs to at
 * most one module (CR311), so the console can name the module of the beat in play. Duplicate
 * module ids are CR310 (checkDuplicates).
 */
export function checkModules(s: Scenario, names: Names, reporter: Reporter): void {
  const owner = new Map<string, { module: string; path: Path }>();
  (s.modules ?? []).forEach((m, i) => {
    m.beats.forEach((beat, j) => {
      if (beat === '') return;
      const path: Path = ['modules', i, 'beats', j];
      if (!names.beats.has(beat)) {
        reporter.error(
          'CR301',
          joined(unknownName('beat', beat), didYouMean(beat, names.beats) ?? said('hint.moduleBeats', '; a module lists beat ids')),
          path,
        );
        return;
      }
      const first = owner.get(beat);
      if (first === undefined) owner.set(beat, { module: m.id, path });
      else {
        const at = formatPath(first.path);
        const message =
          first.module === m.id
            ? said('CR311.twice', `beat '${beat}' is twice in this module (${at}); a beat belongs to at most one module: remove one`, { beat, at })
            : said('CR311', `beat '${beat}' is already in module '${first.module}' (${at}); a beat belongs to at most one module: remove one`, {
                beat,
                module: first.module,
                at,
              });
        reporter.error(BEAT_IN_TWO_MODULES, message, path);
      }
    });
  });
}
