/**
 * The workshop's file bar: Open, Save, Download, Play in the game, and the draft kept in this
 * browser. Says in a status line what happened to the author's work (kept, saved, refused).
 */
import { h } from '../dom/h';
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

const time = (ms: number): string => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function createFileBar(editor: Editor, leading: readonly HTMLElement[]): FileBar {
  const files = new ScenarioFiles();
  let name = 'scenario.yaml';
  const status = h('p', { class: 'ws-hint ws-file-status', attrs: { role: 'status', id: 'ws-file-status' } });
  const input = h('input', { attrs: { id: 'ws-file', type: 'file', accept: '.yaml,.yml,text/yaml,text/plain', hidden: true, 'aria-label': 'Open a scenario file' } });
  const say = (text: string): void => {
    status.textContent = text;
  };
  const load = (text: string, file: string): void => {
    name = file;
    editor.setValue(text);
    say(`Opened ${file}.`);
  };

  const open = h('button', { class: 'btn', attrs: { type: 'button' } }, 'Open…');
  open.addEventListener('click', () => {
    if (!files.native) {
      input.click();
      return;
    }
    files.pick().then(
      (opened) => opened && load(opened.text, opened.name),
      (error: unknown) => say(`Could not open the file: ${error instanceof Error ? error.message : String(error)}`),
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
      if (result.kind === 'failed') say(`Not saved: ${result.message}. Use Download to keep a copy.`);
      else {
        name = result.name;
        say(result.kind === 'saved' ? `Saved ${result.name}.` : `Downloaded ${result.name}.`);
      }
    });
  };
  const save = h('button', { class: 'btn', attrs: { type: 'button' } }, 'Save');
  save.addEventListener('click', () => saveTo(false));
  const saveAs = h('button', { class: 'btn', attrs: { type: 'button' } }, 'Download');
  saveAs.addEventListener('click', () => {
    download(editor.value(), name);
    say(`Downloaded ${name}.`);
  });

  const play = h('button', { class: 'btn btn--primary', attrs: { type: 'button', 'aria-describedby': 'ws-play-hint' } }, 'Play in the game');
  const playHint = h('span', { class: 'ws-hint', attrs: { id: 'ws-play-hint' } }, 'Opens the game on this scenario, in this tab; your draft stays here.');
  /** The game and the live page read the same hand-over; each opens in this tab. */
  const handOver = (url: string): void => {
    const result = writeHandoff({ file: name, source: editor.value() });
    if (result === 'written') window.location.assign(url);
    else say(result === 'too-large' ? 'The scenario is over 1 MiB: the game does not open files that large.' : 'This browser would not hand the scenario to the game (storage full or turned off). Save it and open it from the game\u2019s menu instead.');
  };
  play.addEventListener('click', () => handOver(PLAY_FROM_WORKSHOP_URL));
  const live = h('button', { class: 'btn', attrs: { type: 'button', 'aria-describedby': 'ws-live-hint' } }, 'Run it live');
  const liveHint = h('span', { class: 'ws-hint', attrs: { id: 'ws-live-hint' } }, 'Starts a live session on this scenario: teams join from their own devices (needs the session server).');
  live.addEventListener('click', () => handOver(LIVE_FROM_WORKSHOP_URL));

  const root = h('div', { class: 'ws-file-bar' }, h('div', { class: 'ws-toolbar', attrs: { role: 'group', 'aria-label': 'Scenario file' } }, ...leading, open, save, saveAs, play, live, input), playHint, liveHint, status);
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
        if (warned) say('The draft is kept in this browser again.');
        warned = false;
        return;
      }
      if (!warned) say('This browser would not keep the draft (storage full or turned off): Save or Download to keep your work.');
      warned = true;
    },
    initialText(starter) {
      const draft = readDraft();
      if (!draft) return starter;
      name = draft.file ?? name;
      say(`Your draft from ${time(draft.savedAt)} is back.`);
      return draft.text;
    },
  };
}
