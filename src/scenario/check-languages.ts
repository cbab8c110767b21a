import type { Scenario } from './types.ts';
import { formatPath } from './path.ts';
import type { Reporter } from './report.ts';
import type { TextSite } from './schema-walker.ts';
import { said } from './said.ts';

/**
 * Every text has each declared language (CR601): a map lists them all, and a bare string, which
 * counts as the first language, is enough only when the scenario declares one. A map names no
 * undeclared language (CR602).
 */
export function checkLanguages(s: Scenario, texts: readonly TextSite[], reporter: Reporter): void {
  const declared = new Set<string>();
  s.languages.forEach((lang, i) => {
    if (declared.has(lang))
      reporter.error('CR603', said('CR603', `language '${lang}' is listed twice`, { lang }), ['languages', i], 'value');
    declared.add(lang);
  });
  const seen = new Set<string>();
  for (const site of texts) {
    const key = formatPath(site.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const missing = site.plain ? s.languages.slice(1) : s.languages.filter((lang) => typeof site.value[lang] !== 'string');
    if (missing.length > 0) {
      const list = missing.map((l) => `'${l}'`).join(', ');
      const declaredList = s.languages.join(', ');
      reporter.error(
        'CR601',
        said(
          'CR601',
          `this text has no ${list}; the scenario declares languages [${declaredList}]: add ${missing.length === 1 ? 'it' : 'them'}`,
          { missing: list, count: missing.length, declared: declaredList },
        ),
        site.path,
        'value',
      );
    }
    for (const lang of Object.keys(site.value)) {
      if (!declared.has(lang)) {
        const languages = [...s.languages, lang].join(', ');
        reporter.warning(
          'CR602',
          said('CR602', `language '${lang}' is not declared; add it to languages: [${languages}] or remove it`, { lang, languages }),
          [...site.path, lang],
          'key',
        );
      }
    }
  }
}
