/** Export buttons: each builds its file from the report and hands it over as a Blob download. */
import {
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toPlanCsv,
  type DebriefReport,
} from '../../debrief/index';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';

export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A button that builds a file when pressed and hands it over as a download. */
export function downloadButton(
  label: string,
  file: () => { readonly name: string; readonly text: string; readonly type: string },
): HTMLElement {
  const press = (): void => {
    const { name, text, type } = file();
    downloadFile(name, text, type);
  };
  return h('button', { class: 'crd-btn', attrs: { type: 'button' }, on: { click: press } }, label);
}

/** A file name from the scenario, the team and the date: "breach_33m-blue-2026-03-02.md". */
export function baseName(report: DebriefReport): string {
  const slug = (s: string): string =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
  return [
    slug(report.overview.scenarioId),
    slug(report.overview.team),
    report.overview.startedAt.slice(0, 10),
  ]
    .filter(Boolean)
    .join('-');
}

const EXPORTS = [
  { label: 'Markdown', ext: 'md', type: 'text/markdown;charset=utf-8', make: toMarkdown },
  { label: 'JSON', ext: 'json', type: 'application/json', make: toJson },
  { label: 'CSV', ext: 'csv', type: 'text/csv;charset=utf-8', make: toCsv },
  { label: 'plan CSV', ext: 'plan.csv', type: 'text/csv;charset=utf-8', make: toPlanCsv },
  { label: 'HTML report', ext: 'html', type: 'text/html;charset=utf-8', make: toHtml },
] as const;

export function exportButtons(report: () => DebriefReport): HTMLElement {
  return h(
    'div',
    {
      class: 'crd-exports crd-no-print',
      attrs: { role: 'group', 'aria-label': t('viewer.exports.label') },
    },
    ...EXPORTS.map((e) =>
      downloadButton(t('viewer.exports.download', { format: e.label === 'HTML report' ? t('viewer.exports.html') : e.label }), () => ({
        name: `${baseName(report())}.${e.ext}`,
        text: e.make(report()),
        type: e.type,
      })),
    ),
    h(
      'button',
      {
        class: 'crd-btn crd-btn--quiet',
        attrs: { type: 'button' },
        on: { click: () => window.print() },
      },
      t('viewer.exports.print'),
    ),
  );
}
