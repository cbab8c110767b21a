/** Export buttons: each builds its file from the report and hands it over as a Blob download. */
import {
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toPlanCsv,
  type DebriefReport,
} from '../../debrief/index';
import { signExport, type FacilitatorKey } from '../../debrief/export-signature';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { reportTranslator } from './report-words';

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
type FileSpec = { readonly name: string; readonly text: string; readonly type: string };

export function downloadButton(label: string, file: () => FileSpec | Promise<FileSpec>): HTMLElement {
  const press = (): void => {
    void Promise.resolve(file()).then(({ name, text, type }) => downloadFile(name, text, type));
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
  { label: 'Markdown', ext: 'md', type: 'text/markdown;charset=utf-8', make: (r: DebriefReport) => toMarkdown(r, reportTranslator()) },
  { label: 'JSON', ext: 'json', type: 'application/json', make: (r: DebriefReport) => toJson(r) },
  { label: 'CSV', ext: 'csv', type: 'text/csv;charset=utf-8', make: (r: DebriefReport) => toCsv(r, reportTranslator()) },
  { label: 'plan CSV', ext: 'plan.csv', type: 'text/csv;charset=utf-8', make: (r: DebriefReport) => toPlanCsv(r, reportTranslator()) },
  { label: 'HTML report', ext: 'html', type: 'text/html;charset=utf-8', make: (r: DebriefReport) => toHtml(r, reportTranslator()) },
] as const;

/** A format as the buttons name it: the file formats by their own names, the two worded ones in the page's language. */
function formatName(e: (typeof EXPORTS)[number]): string {
  return e.ext === 'html' ? t('viewer.exports.html') : e.ext === 'plan.csv' ? t('viewer.exports.planCsv') : e.label;
}

/**
 * The export buttons. With `signingKey` (the game's debrief), a JSON export is signed with the
 * facilitator's key when this browser has one, and a line says which key.
 */
export function exportButtons(report: () => DebriefReport, signingKey?: () => Promise<FacilitatorKey | null>): HTMLElement {
  const signedNote = h('p', { class: 'crd-muted crd-signed-note', attrs: { hidden: true } });
  void signingKey?.().then((key) => {
    if (!key) return;
    signedNote.textContent = t('viewer.exports.signed', { fingerprint: key.fingerprint });
    signedNote.hidden = false;
  });
  const make = async (e: (typeof EXPORTS)[number]): Promise<string> => {
    const key = e.ext === 'json' ? await signingKey?.() : null;
    return key ? signExport(JSON.parse(toJson(report())) as Record<string, unknown>, key) : e.make(report());
  };
  return h(
    'div',
    {
      class: 'crd-exports crd-no-print',
      attrs: { role: 'group', 'aria-label': t('viewer.exports.label') },
    },
    ...EXPORTS.map((e) =>
      downloadButton(t('viewer.exports.download', { format: formatName(e) }), async () => ({
        name: `${baseName(report())}.${e.ext}`,
        text: await make(e),
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
    signedNote,
  );
}
