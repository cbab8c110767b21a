/**
 * The facilitator's heavier moves: undo the last decision, jump to a beat, end the exercise.
 * Each is recorded in the log, so the debrief shows it. Ending asks for confirmation in place.
 */
import { h } from '../dom/h.ts';
import { canUndo } from './derive.ts';
import { keyed, t, type Panel, type View } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

export function actionsPanel(): Panel {
  let current: View | null = null;
  const undo = h(
    'button',
    {
      class: 'btn btn--secondary',
      attrs: { type: 'button' },
      on: { click: () => void current?.send({ kind: 'undo' }) },
    },
    ui('console.actions.undo'),
  );
  const select = h('select', { attrs: { id: 'jump-beat' } });
  const jump = h(
    'button',
    {
      class: 'btn btn--secondary',
      attrs: { type: 'button' },
      on: {
        click: () => void (select.value && current?.send({ kind: 'jump', beat: select.value })),
      },
    },
    ui('console.actions.jump'),
  );
  const confirmBox = h('div', {
    class: 'confirm',
    attrs: { hidden: true, role: 'group', 'aria-labelledby': 'confirm-text' },
  });
  const endButton = h(
    'button',
    {
      class: 'btn btn--danger',
      attrs: { type: 'button', 'aria-expanded': 'false' },
      on: { click: () => showConfirm(true) },
    },
    ui('console.actions.end'),
  );
  const confirmYes = h(
    'button',
    {
      class: 'btn btn--danger',
      attrs: { type: 'button' },
      on: {
        click: () => {
          showConfirm(false);
          void current?.send({ kind: 'end' });
        },
      },
    },
    ui('console.actions.endNow'),
  );
  const confirmNo = h(
    'button',
    {
      class: 'btn btn--secondary',
      attrs: { type: 'button' },
      on: { click: () => showConfirm(false) },
    },
    ui('console.actions.cancel'),
  );
  confirmBox.append(
    h(
      'p',
      { attrs: { id: 'confirm-text' } },
      ui('console.actions.confirm'),
    ),
    h('div', { class: 'button-row' }, confirmYes, confirmNo),
  );

  function showConfirm(show: boolean): void {
    confirmBox.hidden = !show;
    endButton.setAttribute('aria-expanded', String(show));
    (show ? confirmNo : endButton).focus();
  }

  const element = h(
    'section',
    { class: 'panel panel--actions', attrs: { 'aria-labelledby': 'actions-heading' } },
    h('h2', { attrs: { id: 'actions-heading' } }, ui('console.actions.title')),
    h('div', { class: 'button-row' }, undo),
    h(
      'div',
      { class: 'field-row' },
      h('label', { attrs: { for: 'jump-beat' } }, ui('console.actions.jumpTo')),
      select,
      jump,
    ),
    h('div', { class: 'button-row' }, endButton),
    confirmBox,
  );

  return {
    element,
    update(view) {
      current = view;
      const finished = view.session.finished;
      undo.dataset.blocked = String(finished || !canUndo(view.session.log));
      jump.dataset.blocked = String(finished);
      select.dataset.blocked = String(finished);
      endButton.dataset.blocked = String(finished);
      if (finished) confirmBox.hidden = true;
      keyed(select, view.scenario.meta.id, () => {
        const titles = view.scenario.beats.map((beat) => t(beat.title));
        // A beat is named by its title; its id (the author's code, in English) only tells apart two
        // beats of the same title.
        return view.scenario.beats.map((beat, i) => {
          const title = titles[i] ?? beat.id;
          const shared = titles.indexOf(title) !== titles.lastIndexOf(title);
          return h('option', { attrs: { value: beat.id } }, shared ? `${title} (${beat.id})` : title);
        });
      });
      if (document.activeElement !== select) select.value = view.session.state.beat;
    },
  };
}
