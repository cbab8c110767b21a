import type { Scenario } from './types.ts';
import { injectSites } from './outcome-sites.ts';
import type { Path } from './path.ts';
import { questionSites } from './question-sites.ts';
import type { Reporter } from './report.ts';
import { BUILT_IN_ROLES, isBuiltInRole } from './roles.ts';
import { didYouMean, unknownName } from './suggest.ts';
import { joined, said } from './said.ts';

/**
 * Roles: a declared role of the scenario's own needs a label (CR202); every role an inject is
 * addressed to, or a discussion question is for, exists (CR320, with the closest role id); an inject
 * names each role once (CR321). Duplicate declarations are CR310.
 */
export function checkRoles(s: Scenario, reporter: Reporter): void {
  const builtIn = Object.keys(BUILT_IN_ROLES);
  const known = new Set([...builtIn, ...s.roles.map((r) => r.id)]);
  const unknownRole = (id: string, at: Path) => {
    const hint = didYouMean(id, known);
    reporter.error(
      'CR320',
      joined(
        unknownName('role', id),
        hint ?? said('hint.declareRole', `; declare it under roles, or use one of ${builtIn.join(', ')}`, { roles: builtIn.join(', ') }),
      ),
      at,
    );
  };
  s.roles.forEach((role, i) => {
    // Only built-in ids come with a label of their own; the schema cannot say "required unless".
    if (role.id !== '' && !isBuiltInRole(role.id) && role.label === '') {
      reporter.error(
        'CR202',
        said('CR202.roleLabel', `role '${role.id}' is not built in (${builtIn.join(', ')}): give it a label`, { id: role.id, roles: builtIn.join(', ') }),
        ['roles', i],
      );
    }
  });
  for (const [inject, path] of injectSites(s)) {
    const seen = new Set<string>();
    inject.to?.forEach((id, k) => {
      if (id === '') return;
      const at = [...path, 'to', k];
      if (!known.has(id)) unknownRole(id, at);
      else if (seen.has(id)) {
        reporter.error('CR321', said('CR321', `role '${id}' is listed twice in this inject's to: remove one`, { id }), at);
      }
      seen.add(id);
    });
  }
  for (const [question, path] of questionSites(s)) {
    const id = question.role;
    if (id !== undefined && id !== '' && !known.has(id)) unknownRole(id, [...path, 'role']);
  }
}
