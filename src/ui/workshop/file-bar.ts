/**
 * The workshop's file bar: Open, Save, Download, Play in the game, and the draft kept in this
 * browser. Says in a status line what happened to the author's work (kept, saved, refused).
 */
import { h } from '../dom/h';
import { t, uiLang } from '../lang/ui-language';
import { LIVE_FROM_WORKSHOP_URL, PLAY_FROM_WORKSHOP_URL, writeHandoff } from '../workshop-handoff';
import { readDraft, writeDraft } from './draft-store';
import type { Editor } from './editor';
import { download, ScenarioFiles } from './file-access';

export interface FileBar {
  readonly root: HTMLElement;
  /** Whether the text checks: Play in the game needs a scenario without errors. */
  setPlayable(playable: boolean): void;
  /** Keeps the current text as the draft (called after each change, debounced). */
  keepDraft(): void;
  /** The text to start with: the draft when there is one, else `starter`. */
  initialText(starter: string): string;
}

const time = (ms: number): string => new Date(ms).toLocaleTimeString(uiLang() === 'en' ? 'en-GB' : uiLang(), { hour: '2-digit', minute: '2-digit' });

export function createFileBar(editor: Editor, leading: readonly HTMLElement[]): FileBar {
  const files = new ScenarioFiles();
  let name = 'scenario.yaml';
  const status = h('p', { class: 'ws-hint ws-file-status', attrs: { role: 'status', id: 'ws-file-status' } });
  const input = h('input', { attrs: { id: 'ws-file', type: 'file', accept: '.yaml,.yml,text/yaml,text/plain', hidden: true, 'aria-label': t('workshop.file.openLabel') } });
  const say = (text: string): void => {
    status.textContent = text;
  };
  const load = (text: string, file: string): void => {
    name = file;
    editor.setValue(text);
    say(t('workshop.file.opened', { file }));
  };

  const open = h('button', { class: 'btn', attrs: { type: 'button' } }, t('workshop.file.open'));
  open.addEventListener('click', () => {
    if (!files.native) {
      input.click();
      return;
    }
    files.pick().then(
      (opened) => opened && load(opened.text, opened.name),
      (error: unknown) => say(t('workshop.file.openFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    files.forget();
    file.text().then(
      (text) => load(text, file.name),
      () => say(`${file.name} could not be read.`),
    );
  });

  const saveTo = (saveAs: boolean): void => {
    void files.save(editor.value(), name, saveAs).then((result) => {
      if (result.kind === 'cancelled') return;
      if (result.kind === 'failed') say(t('workshop.file.notSaved', { reason: result.message }));
      else {
        name = result.name;
        say(t(result.kind === 'saved' ? 'workshop.file.saved' : 'workshop.file.downloaded', { name: result.name }));
      }
    });
  };
  const save = h('button', { class: 'btn', attrs: { type: 'button' } }, t('workshop.file.save'));
  save.addEventListener('click', () => saveTo(false));
  const saveAs = h('button', { class: 'btn', attrs: { type: 'button' } }, t('workshop.file.download'));
  saveAs.addEventListener('click', () => {
    download(editor.value(), name);
    say(t('workshop.file.downloaded', { name }));
  });

  const play = h('button', { class: 'btn btn--primary', attrs: { type: 'button', 'aria-describedby': 'ws-play-hint' } }, t('workshop.file.play'));
  const playHint = h('span', { class: 'ws-hint', attrs: { id: 'ws-play-hint' } }, t('workshop.file.playHint'));
  /** The game and the live page read the same hand-over; each opens in this tab. */
  const handOver = (url: string): void => {
    const result = writeHandoff({ file: name, source: editor.value() });
    if (result === 'written') window.location.assign(url);
    else say(result === 'too-large' ? t('workshop.file.tooLarge') : t('workshop.file.handOverFailed'));
  };
  play.addEventListener('click', () => handOver(PLAY_FROM_WORKSHOP_URL));
  const live = h('button', { class: 'btn', attrs: { type: 'button', 'aria-describedby': 'ws-live-hint' } }, t('workshop.file.live'));
  const liveHint = h('span', { class: 'ws-hint', attrs: { id: 'ws-live-hint' } }, t('workshop.file.liveHint'));
  live.addEventListener('click', () => handOver(LIVE_FROM_WORKSHOP_URL));

  const root = h('div', { class: 'ws-file-bar' }, h('div', { class: 'ws-toolbar', attrs: { role: 'group', 'aria-label': t('workshop.file.group') } }, ...leading, open, save, saveAs, play, live, input), playHint, liveHint, status);
  let warned = false;
  return {
    root,
    setPlayable(playable) {
      play.disabled = !playable;
      live.disabled = !playable;
    },
    keepDraft() {
      const kept = writeDraft({ text: editor.value(), file: name, savedAt: Date.now() });
      if (kept) {
        if (warned) say(t('workshop.file.draftKeptAgain'));
        warned = false;
        return;
      }
      if (!warned) say(t('workshop.file.draftNotKept'));
      warned = true;
    },
    initialText(starter) {
      const draft = readDraft();
      if (!draft) return starter;
      name = draft.file ?? name;
      say(t('workshop.file.draftBack', { time: time(draft.savedAt) }));
      return draft.text;
    },
  };
}
