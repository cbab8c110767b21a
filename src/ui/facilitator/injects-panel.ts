/** The optional injects the scenario declares, each with its facilitator note and a Push button. */
import { h } from '../dom/h.ts';
import { addresseeText } from '../views/addressee.ts';
import { kindLabel } from '../format.ts';
import { pushedInjects } from './derive.ts';
import { keyed, t, type Panel } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

export function injectsPanel(): Panel {
  const list = h('ul', {
    class: 'optional-injects',
    attrs: { 'aria-labelledby': 'optional-heading' },
  });
  const element = h(
    'section',
    { class: 'panel panel--injects', attrs: { 'aria-labelledby': 'optional-heading' } },
    h('h2', { attrs: { id: 'optional-heading' } }, ui('console.injects.title')),
    list,
  );
  return {
    element,
    update(view) {
      const pushed = pushedInjects(view.session.log);
      keyed(list, JSON.stringify([...pushed]), () =>
        view.scenario.optionalInjects.length === 0
          ? [h('li', { class: 'muted' }, ui('console.injects.none'))]
          : view.scenario.optionalInjects.map((inject) => {
              const headline = t(inject.headline);
              const to = addresseeText(view.scenario, inject, t);
              const times = pushed.get(inject.id) ?? 0;
              return h(
                'li',
                { class: 'optional-inject' },
                h('span', { class: `tag tag--${inject.kind}` }, kindLabel(inject.kind)),
                ' ',
                h('strong', null, headline),
                h('span', { class: 'muted' }, ` · ${t(inject.from)}${to ? ui('console.beat.to', { to }) : ''}`),
                inject.facilitatorNote
                  ? h('p', { class: 'note' }, t(inject.facilitatorNote))
                  : null,
                h(
                  'div',
                  { class: 'button-row' },
                  h(
                    'button',
                    {
                      class: 'btn btn--secondary',
                      attrs: {
                        type: 'button',
                        'data-key': `inject:${inject.id}`,
                        'aria-label': ui('console.injects.pushLabel', { headline }),
                      },
                      on: { click: () => void view.send({ kind: 'inject', inject: inject.id }) },
                    },
                    ui('console.injects.push'),
                  ),
                  times > 0
                    ? h(
                        'span',
                        { class: 'pushed' },
                        times === 1 ? ui('console.injects.pushedOnce') : ui('console.injects.pushedTimes', { times }),
                      )
                    : null,
                ),
              );
            }),
      );
    },
  };
}
