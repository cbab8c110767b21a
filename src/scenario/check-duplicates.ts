import type { Scenario } from './types.ts';
import type { Path } from './path.ts';
import { formatPath } from './path.ts';
import { RESERVED_IDS } from './names.ts';
import { injectSites } from './outcome-sites.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';
import { nounValue } from './suggest.ts';

type Site = readonly [id: string, path: Path, noun: string];

/** Reports the second and later uses of an id within one namespace (CR310), and reserved ids (CR210). */
function unique(sites: readonly Site[], what: string, reporter: Reporter): void {
  const first = new Map<string, Site>();
  for (const site of sites) {
    const [id, path, noun] = site;
    if (id === '') continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, site);
    else {
      const first = formatPath(seen[1]);
      const message =
        seen[2] === noun
          ? said('CR310.duplicate', `duplicate ${what} id '${id}'; the first is at ${first}: rename one`, { what: nounValue(what), id, first })
          : said('CR310.shared', `'${id}' is already a ${seen[2]} (${first}); ${what} ids share one namespace: rename one`, {
              id,
              noun: nounValue(seen[2]),
              first,
              what: nounValue(what),
            });
      reporter.error('CR310', message, path);
    }
  }
}

export function checkDuplicates(s: Scenario, reporter: Reporter): void {
  const idOf = <T extends { id: string }>(list: readonly T[], key: string, noun: string): Site[] =>
    list.map((x, i) => [x.id, [key, i, 'id'], noun] as const);
  const choices: Site[] = [];
  s.beats.forEach((b, i) =>
    b.decision?.choices.forEach((c, j) =>
      choices.push([c.id, ['beats', i, 'decision', 'choices', j, 'id'], 'choice']),
    ),
  );
  const declared = s.categories.slice(3);
  const categories: Site[] = [
    ...s.categories.slice(0, 3).map((c) => [c.id, ['categories'], 'built-in category'] as const),
    ...idOf(declared, 'categories', 'category'),
  ];
  const groups: [Site[], string][] = [
    [
      [
        ...idOf(s.meters, 'meters', 'meter'),
        ...idOf(s.flags, 'flags', 'flag'),
        ...idOf(s.facts, 'facts', 'fact'),
      ],
      'meter/flag/fact',
    ],
    [idOf(s.beats, 'beats', 'beat'), 'beat'],
    [choices, 'choice'],
    [idOf(s.endings, 'endings', 'ending'), 'ending'],
    [idOf(s.triggers, 'triggers', 'trigger'), 'trigger'],
    [idOf(s.deadlines, 'deadlines', 'deadline'), 'deadline'],
    [idOf(s.rubric, 'rubric', 'objective'), 'objective'],
    [categories, 'category'],
    [idOf(s.roles, 'roles', 'role'), 'role'],
    [idOf(s.modules ?? [], 'modules', 'module'), 'module'],
    [injectSites(s).map(([inj, path]) => [inj.id, [...path, 'id'], 'inject'] as const), 'inject'],
  ];
  for (const [sites, what] of groups) {
    unique(sites, what, reporter);
    for (const [id, path] of sites) {
      if (RESERVED_IDS.has(id))
        reporter.error('CR210', said('CR210', `'${id}' is a reserved word and cannot be an id; rename it`, { id }), path);
    }
  }
}
