import type { Scenario } from './types.ts';
import type { Names } from './names.ts';
import { formatPath, type Path } from './path.ts';
import type { Reporter } from './report.ts';
import { didYouMean } from './suggest.ts';

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
          `unknown beat '${beat}'${didYouMean(beat, names.beats) || '; a module lists beat ids'}`,
          path,
        );
        return;
      }
      const first = owner.get(beat);
      if (first === undefined) owner.set(beat, { module: m.id, path });
      else {
        const where =
          first.module === m.id ? 'twice in this module' : `already in module '${first.module}'`;
        reporter.error(
          BEAT_IN_TWO_MODULES,
          `beat '${beat}' is ${where} (${formatPath(first.path)}); a beat belongs to at most one module: remove one`,
          path,
        );
      }
    });
  });
}
