/** The current beat as the facilitator needs it: what the room has just received, and the facilitator's own notes and questions. */
import { injectById } from '../../engine/index.ts';
import { formatGameTime } from '../../debrief/game-time.ts';
import { injectTexts } from '../../scenario/text-picks.ts';
import { h } from '../dom/h.ts';
import { addresseeText } from '../views/addressee.ts';
import { kindLabel } from '../format.ts';
import { artefactView } from '../views/artefact-view.ts';
import { injectsInBeat } from './derive.ts';
import { questionsView } from './questions-view.ts';
import { keyed, t, type Panel } from './view.ts';
import { t as ui, translator } from '../lang/ui-language.ts';

/** How an inject reached the room, in words. */
function sourceWords(source: string): string {
  return source === 'beat' || source === 'trigger' || source === 'deadline' || source === 'facilitator' ? ui(`console.beat.source.${source}`) : source;
}

export function beatPanel(): Panel {
  const title = h('h2', { class: 'beat-title', attrs: { id: 'beat-title', tabindex: -1 } });
  const clock = h('p', { class: 'muted' });
  const injects = h('ol', {
    class: 'inject-list',
    attrs: { 'aria-label': ui('console.beat.injectsLabel') },
  });
  const notes = h('div', { class: 'facilitator-notes' });
  const questions = h('div');
  const element = h(
    'section',
    { class: 'panel panel--beat', attrs: { 'aria-labelledby': 'beat-title' } },
    h('p', { class: 'eyebrow' }, ui('console.beat.eyebrow')),
    title,
    clock,
    h('h3', null, ui('console.beat.notes')),
    notes,
    h('h3', null, ui('console.beat.questions')),
    questions,
    h('h3', null, ui('console.beat.seen')),
    injects,
  );

  return {
    element,
    update(view) {
      const { scenario, session } = view;
      const state = session.state;
      const beat = scenario.beats.find((candidate) => candidate.id === state.beat);
      title.textContent = beat ? t(beat.title) : state.beat;
      clock.textContent = ui('console.beat.gameTime', { time: formatGameTime(scenario, state.time, translator()) });
      const delivered = injectsInBeat(session.log, state);
      keyed(injects, JSON.stringify(delivered), () =>
        delivered.length === 0
          ? [h('li', { class: 'muted' }, ui('console.beat.noneYet'))]
          : delivered.map((item) => {
              const inject = injectById(scenario, item.inject);
              const words = inject ? injectTexts(inject, item) : undefined;
              const headline = t(words?.headline);
              const body = t(words?.body);
              const to = inject ? addresseeText(scenario, inject, t) : '';
              return h(
                'li',
                { class: 'inject' },
                h(
                  'span',
                  { class: `tag tag--${inject?.kind ?? 'memo'}` },
                  inject ? kindLabel(inject.kind) : item.inject,
                ),
                ' ',
                h('strong', null, headline || item.inject),
                h(
                  'span',
                  { class: 'muted' },
                  ` · ${t(inject?.from)}${to ? ui('console.beat.to', { to }) : ''} · ${sourceWords(item.source)}`,
                ),
                body || inject?.artefact
                  ? h(
                      'details',
                      null,
                      h('summary', null, inject?.artefact ? ui('console.beat.fullTextArtefact') : ui('console.beat.fullText')),
                      body && h('p', { class: 'inject-body' }, body),
                      inject?.artefact && artefactView(inject.artefact, t),
                    )
                  : null,
              );
            }),
      );
      const facilitation = beat?.facilitator;
      notes.textContent =
        facilitation?.notes === undefined ? ui('console.beat.noNotes') : t(facilitation.notes);
      notes.classList.toggle('muted', facilitation?.notes === undefined);
      keyed(questions, `${state.beat}`, () =>
        questionsView(scenario, facilitation?.questions ?? [], ui('console.beat.noQuestions')),
      );
    },
  };
}
