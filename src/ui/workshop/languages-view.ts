/**
 * The workshop's languages panel: every text of the scenario with its languages side by side, so a
 * translator reads the English and the Korean of one text together, and the texts still missing a
 * language marked in words as well as colour. Each place is a button that puts the caret on the text.
 */
import type { SourceText, SourceTexts } from '../../scenario/index';
import { append, h } from '../dom/h';
import { t, uiLang } from '../lang/ui-language';
import type { Reveal } from './design-view';

/** Rows drawn at first: breach_33m has 1,409 texts; the filter or "Show all" reaches the rest. */
export const LANGUAGE_ROWS_SHOWN = 200;

export interface LanguagesPanel {
  readonly root: HTMLElement;
  /** The latest check's texts; null when the file did not parse. */
  show(texts: SourceTexts | null): void;
}

const isMissing = (entry: SourceText): boolean => Object.values(entry.values).some((value) => value === null);

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLang()], { type: 'language' }).of(code) ?? code;
  } catch {
    // A code Intl does not know (the schema allows any BCP 47-like tag) is shown as written.
    return code;
  }
}

export function createLanguagesPanel(reveal: Reveal): LanguagesPanel {
  const summary = h('p', { class: 'ws-hint', attrs: { role: 'status' } }, t('workshop.waiting'));
  const missingOnly = h('input', { attrs: { type: 'checkbox', id: 'ws-languages-missing' } });
  const filter = h('input', { attrs: { type: 'search', id: 'ws-languages-filter', autocomplete: 'off' } });
  const controls = h(
    'div',
    { class: 'ws-languages-controls' },
    h('label', { class: 'ws-check' }, missingOnly, ` ${t('workshop.languages.missingOnly')}`),
    h('label', { class: 'ws-languages-find' }, `${t('workshop.languages.filter')} `, filter),
  );
  const shownLine = h('p', { class: 'ws-hint' });
  const table = h('table', { class: 'ws-table ws-languages' });
  const box = h('div', { class: 'ws-languages-box', attrs: { tabindex: '0', role: 'region', 'aria-label': t('workshop.languages.scroll') } }, table);
  const root = h('div', null, summary, controls, shownLine, box);
  let texts: SourceTexts | null = null;
  let showAll = false;
  /** The missing-only box is ticked for the author once, when a check first finds a text missing. */
  let missingSeen = false;

  const cell = (entry: SourceText, lang: string): HTMLElement => {
    const value = entry.values[lang] ?? null;
    return value === null
      ? h('td', { class: 'ws-missing' }, t('workshop.languages.missing'))
      : h('td', { attrs: { lang } }, value);
  };

  const row = (entry: SourceText, languages: readonly string[]): HTMLElement => {
    const { line, offset } = entry.range.start;
    return h(
      'tbody',
      { class: isMissing(entry) ? 'ws-languages-incomplete' : '' },
      h(
        'tr',
        null,
        h(
          'th',
          { class: 'ws-languages-place', attrs: { scope: 'rowgroup', colspan: languages.length } },
          h('button', { class: 'ws-link', attrs: { type: 'button' }, on: { click: () => reveal(offset, line) } }, t('workshop.languages.place', { line, where: entry.where })),
        ),
      ),
      h('tr', null, ...languages.map((lang) => cell(entry, lang))),
    );
  };

  /** Only a note: the file did not parse, or it has one language. */
  function hideTable(note: string): void {
    summary.textContent = note;
    summary.className = 'ws-hint';
    controls.hidden = true;
    box.hidden = true;
    table.replaceChildren();
    shownLine.replaceChildren();
  }

  function draw(): void {
    if (texts === null) return hideTable(t('workshop.languages.unparsed'));
    const { languages, entries } = texts;
    const missing = entries.filter(isMissing).length;
    const names = languages.map(languageName);
    if (languages.length < 2) return hideTable(t('workshop.languages.single', { language: names[0] ?? '', count: entries.length }));
    summary.textContent = t('workshop.languages.summary', { count: entries.length, languages: new Intl.ListFormat([uiLang()], { type: 'conjunction' }).format(names), missing });
    summary.className = `ws-hint ${missing > 0 ? 'ws-bad' : 'ws-ok'}`;
    if (missing > 0 && !missingSeen) {
      missingSeen = true;
      missingOnly.checked = true;
    }
    controls.hidden = false;
    box.hidden = false;
    const needle = filter.value.trim().toLocaleLowerCase();
    const matching = entries.filter(
      (entry) =>
        (!missingOnly.checked || isMissing(entry)) &&
        (needle === '' || entry.where.toLocaleLowerCase().includes(needle) || Object.values(entry.values).some((value) => value?.toLocaleLowerCase().includes(needle))),
    );
    const drawn = showAll ? matching : matching.slice(0, LANGUAGE_ROWS_SHOWN);
    table.replaceChildren(
      h('thead', null, h('tr', null, ...languages.map((lang, i) => h('th', { attrs: { scope: 'col' } }, names[i] ?? lang)))),
      ...drawn.map((entry) => row(entry, languages)),
    );
    shownLine.replaceChildren();
    append(
      shownLine,
      matching.length === 0
        ? t('workshop.languages.noMatch')
        : drawn.length < matching.length
          ? t('workshop.languages.shown', { shown: drawn.length, total: matching.length })
          : '',
      drawn.length < matching.length
        ? h('button', { class: 'ws-link ws-languages-all', attrs: { type: 'button' }, on: { click: () => ((showAll = true), draw()) } }, ` ${t('workshop.languages.showAll')}`)
        : null,
    );
  }

  missingOnly.addEventListener('change', draw);
  filter.addEventListener('input', draw);
  return {
    root,
    show(next) {
      texts = next;
      draw();
    },
  };
}
