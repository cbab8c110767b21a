/** The current beat as the facilitator needs it: what the room has just received, and the facilitator's own notes and questions. */
import { formatGameTime, injectById } from '../../engine/index.ts';
import { injectTexts } from '../../scenario/text-picks.ts';
import { h } from '../dom/h.ts';
import { addresseeText } from '../views/addressee.ts';
import { injectsInBeat } from './derive.ts';
import { keyed, t, type Panel } from './view.ts';

const SOURCES: Readonly<Record<string, string>> = {
  beat: 'with the beat',
  trigger: 'triggered',
  deadline: 'from a deadline (missed, or met deficiently)',
  facilitator: 'pushed by you',
};

export function beatPanel(): Panel {
  const title = h('h2', { class: 'beat-title', attrs: { id: 'beat-title', tabindex: -1 } });
  const clock = h('p', { class: 'muted' });
  const injects = h('ol', {
    class: 'inject-list',
    attrs: { 'aria-label': 'Injects in this beat' },
  });
  const notes = h('div', { class: 'facilitator-notes' });
  const questions = h('ol', { class: 'questions' });
  const element = h(
    'section',
    { class: 'panel panel--beat', attrs: { 'aria-labelledby': 'beat-title' } },
    h('p', { class: 'eyebrow' }, 'Current beat'),
    title,
    clock,
    h('h3', null, 'Facilitator notes'),
    notes,
    h('h3', null, 'Discussion questions'),
    questions,
    h('h3', null, 'Injects the room has seen'),
    injects,
  );

  return {
    element,
    update(view) {
      const { scenario, session } = view;
      const state = session.state;
      const beat = scenario.beats.find((candidate) => candidate.id === state.beat);
      title.textContent = beat ? t(beat.title) : state.beat;
      clock.textContent = `In-game time: ${formatGameTime(scenario, state.time)}`;
      const delivered = injectsInBeat(session.log, state);
      keyed(injects, JSON.stringify(delivered), () =>
        delivered.length === 0
          ? [h('li', { class: 'muted' }, 'None yet.')]
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
                  inject?.kind ?? 'inject',
                ),
                ' ',
                h('strong', null, headline || item.inject),
                h(
                  'span',
                  { class: 'muted' },
                  ` · ${t(inject?.from)}${to ? ` · to ${to}` : ''} · ${SOURCES[item.source] ?? item.source}`,
                ),
                body
                  ? h(
                      'details',
                      null,
                      h('summary', null, 'Full text'),
                      h('p', { class: 'inject-body' }, body),
                    )
                  : null,
              );
            }),
      );
      const facilitation = beat?.facilitator;
      notes.textContent =
        facilitation?.notes === undefined ? 'No notes for this beat.' : t(facilitation.notes);
      notes.classList.toggle('muted', facilitation?.notes === undefined);
      keyed(questions, `${state.beat}`, () =>
        facilitation && facilitation.questions.length > 0
          ? facilitation.questions.map((question) => h('li', null, t(question.text)))
          : [h('li', { class: 'muted' }, 'No questions for this beat.')],
      );
    },
  };
}
