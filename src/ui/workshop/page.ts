/**
 * The scenario workshop: write or open a scenario, see its diagnostics at their line and column
 * as you type, the exhaustive analysis (in a worker), the beat graph, and play from any beat.
 * Everything runs in the browser; the file never leaves it.
 */
import type { Analysis } from '../../analysis/index';
import { beatGraph } from '../../analysis/beat-graph';
import type { Diagnostic } from '../../scenario/diagnostic';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom/h';
import { createEditor } from './editor';
import { createFileBar } from './file-bar';
import { renderGraph } from './graph-svg';
import { createPlayPanel } from './play';
import type { CheckRequest, WorkerReply } from './protocol';
import { limitWorker, WORKSHOP_TIME_LIMIT_MS } from '../worker-deadline';
import { STARTER } from './starter';
import { renderSummary } from './summary';
import { renderDesign } from './design-view';
import { createWizard } from './wizard-view';
import { createLanguagesPanel } from './languages-view';
import './workshop.css';
import { t, translator } from '../lang/ui-language';
import { diagnosticMessage } from '../../i18n/diagnostic-words';
import { settleWorkshopLanguage } from './workshop-language';

const DEBOUNCE_MS = 250;

// Every panel builds its words as it is made: the page's language comes first.
await settleWorkshopLanguage();

const editor = createEditor(t('workshop.editorLabel'), 'ws-diagnostics-summary');
const wizard = createWizard((text) => editor.setValue(text));
const fileBar = createFileBar(editor, [wizard.opener]);
const diagnosticsSummary = h('p', { class: 'ws-diagnostics-summary', attrs: { id: 'ws-diagnostics-summary', role: 'status' } }, t('workshop.checking'));
const diagnosticsList = h('ol', { class: 'ws-diagnostics', attrs: { 'aria-label': t('workshop.problems') } });
const analysisStatus = h('p', { class: 'ws-hint', attrs: { role: 'status' } }, t('workshop.waiting'));
const analysisBox = h('div', { class: 'ws-analysis' });
const graphBox = h('div', { class: 'ws-graph-box', attrs: { tabindex: '0', role: 'region', 'aria-label': t('workshop.graphScroll') } });
const play = createPlayPanel();
const languages = createLanguagesPanel((start) => editor.reveal(start, start));

const panel = (id: string, title: string, ...children: (Node | null)[]): HTMLElement =>
  h('section', { class: 'ws-panel', attrs: { 'aria-labelledby': id } }, h('h2', { attrs: { id } }, title), ...children);

const root = document.getElementById('workshop')!;
root.replaceChildren(
  h(
    'header',
    { class: 'ws-header' },
    h('h1', null, t('workshop.title')),
    h('p', { class: 'ws-hint' }, t('workshop.intro')),
    fileBar.root,
  ),
  wizard.dialog,
  h(
    'div',
    { class: 'ws-columns' },
    h('div', { class: 'ws-left' }, editor.root),
    h(
      'div',
      { class: 'ws-right' },
      panel('ws-h-problems', t('workshop.problems'), diagnosticsSummary, diagnosticsList),
      panel('ws-h-analysis', t('workshop.analysis'), analysisStatus, analysisBox),
      panel('ws-h-graph', t('workshop.graph'), graphBox),
      panel('ws-h-languages', t('workshop.languages'), languages.root),
      panel('ws-h-play', t('workshop.playHere'), play.root),
    ),
  ),
);

function renderDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  diagnosticsSummary.textContent =
    diagnostics.length === 0 ? t('workshop.noProblems') : t('workshop.problemCount', { errors, warnings });
  diagnosticsSummary.className = `ws-diagnostics-summary ${errors > 0 ? 'ws-bad' : 'ws-ok'}`;
  diagnosticsList.replaceChildren(
    ...diagnostics.map((d) =>
      h(
        'li',
        { class: `ws-diagnostic ws-${d.severity}` },
        h(
          'button',
          {
            class: 'ws-link',
            attrs: { type: 'button' },
            on: { click: () => editor.reveal(d.range.start.offset, d.range.end.offset) },
          },
          t('workshop.at', { line: String(d.range.start.line), col: String(d.range.start.col) }),
        ),
        ` ${t(`workshop.severity.${d.severity}`)} ${d.code}: ${diagnosticMessage(d, translator())}`,
      ),
    ),
  );
}

function renderAnalysis(shown: Scenario, analysis: Analysis, ms: number): void {
  // The graph is drawn here, not in the worker: its titles and its own words follow the page's language.
  const graph = beatGraph(shown, analysis, translator());
  analysisStatus.textContent = analysis.complete ? t('workshop.analysisComplete') : t('workshop.analysisPartial');
  analysisBox.replaceChildren(renderSummary(analysis, ms), renderDesign(analysis, (start) => editor.reveal(start, start)));
  graphBox.replaceChildren(renderGraph(graph, t('workshop.graphName', { scenario: analysis.scenario }), (beat) => play.selectBeat(beat)).svg);
}

// The worker: replaced whenever newer text arrives while it is still busy, so a long analysis
// never holds up the diagnostics of what the author is typing now.
let worker: Worker | null = null;
let busy = false;
/** Clears the running analysis's wall-clock limit. */
let cancelLimit = (): void => {};
let latest = 0;
let scenario: Scenario | null = null;
/** The text the latest check was asked for: its diagnostics' offsets are into this. */
let checkedText = '';

function spawn(): Worker {
  const next = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  next.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.id !== latest) return;
    if (reply.kind === 'checked') {
      renderDiagnostics(reply.diagnostics);
      editor.setDiagnostics(reply.diagnostics, checkedText);
      languages.show(reply.texts);
      scenario = reply.scenario;
      fileBar.setPlayable(scenario !== null);
      play.setScenario(scenario, null);
      if (!scenario) {
        busy = false;
        analysisStatus.textContent = t('workshop.fixToAnalyse');
        analysisBox.replaceChildren();
        graphBox.replaceChildren();
        return;
      }
      analysisStatus.textContent = t('workshop.analysing');
    } else if (reply.kind === 'analysed') {
      busy = false;
      cancelLimit();
      if (scenario) renderAnalysis(scenario, reply.analysis, reply.ms);
      editor.setFindings(reply.analysis.design, checkedText);
      play.setScenario(scenario, reply.analysis);
    } else {
      busy = false;
      cancelLimit();
      analysisStatus.textContent = t('workshop.analysisFailed', { message: reply.message });
    }
  });
  return next;
}

function check(): void {
  latest++;
  if (busy && worker) {
    worker.terminate();
    worker = null;
  }
  worker ??= spawn();
  busy = true;
  cancelLimit();
  const running = worker;
  cancelLimit = limitWorker(running, WORKSHOP_TIME_LIMIT_MS, (seconds) => {
    if (worker === running) worker = null;
    busy = false;
    analysisStatus.textContent = t('workshop.analysisStopped', { seconds });
  });
  checkedText = editor.value();
  const request: CheckRequest = { id: latest, text: checkedText };
  worker.postMessage(request);
}

let timer: ReturnType<typeof setTimeout> | undefined;
let opened = false;
editor.onInput(() => {
  clearTimeout(timer);
  diagnosticsSummary.textContent = t('workshop.checking');
  fileBar.setPlayable(false);
  timer = setTimeout(() => {
    // The text the page opens with is already the draft (or the starter): only edits are kept.
    if (opened) fileBar.keepDraft();
    opened = true;
    check();
  }, DEBOUNCE_MS);
});

editor.setValue(fileBar.initialText(STARTER));
