/**
 * The new-scenario wizard in the workshop: a dialog asking for the incident, the headline meters,
 * the deadlines (the common ones offered as checkboxes) and the number of decisions; it writes the
 * scenario with the same generator as `crisis-room new` into the editor (undo brings the old text
 * back). Problems with the answers are listed in the dialog, each naming its answer.
 */
import { DEADLINE_PRESETS, presetName } from '../../authoring/deadline-presets';
import { checkAnswers, MAX_DECISIONS, MAX_METERS, MIN_DECISIONS, newScenario, type NewScenarioAnswers } from '../../authoring/new-scenario';
import { h } from '../dom/h';
import { t, translator } from '../lang/ui-language';

export interface Wizard {
  /** The button that opens it. */
  readonly opener: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
}

const field = (id: string, label: string, input: HTMLElement, hint?: string): HTMLElement =>
  h('div', { class: 'ws-field' }, h('label', { attrs: { for: id } }, label), input, hint ? h('span', { class: 'ws-hint' }, hint) : null);

export function createWizard(onScenario: (text: string) => void): Wizard {
  const incident = h('input', { attrs: { id: 'ws-new-incident', type: 'text', maxlength: 120, placeholder: t('workshop.wizard.incidentExample') } });
  const meters = Array.from({ length: MAX_METERS }, (_, i) =>
    h('input', { attrs: { id: `ws-new-meter-${i + 1}`, type: 'text', maxlength: 120, value: [t('workshop.wizard.meterTrust'), t('workshop.wizard.meterLiability')][i] ?? '' } }),
  );
  const presets = DEADLINE_PRESETS.map((preset) => {
    const box = h('input', { attrs: { id: `ws-new-deadline-${preset.id}`, type: 'checkbox', value: preset.id } });
    return { preset, box, row: h('div', { class: 'ws-check' }, box, h('label', { attrs: { for: box.id } }, presetName(preset, translator()))) };
  });
  const customLabel = h('input', { attrs: { id: 'ws-new-custom-label', type: 'text', maxlength: 120 } });
  const customHours = h('input', { attrs: { id: 'ws-new-custom-hours', type: 'number', min: 1, max: 10000, step: 1, inputmode: 'numeric' } });
  const decisions = h('input', { attrs: { id: 'ws-new-decisions', type: 'number', min: MIN_DECISIONS, max: MAX_DECISIONS, step: 1, value: 4, inputmode: 'numeric' } });
  const problems = h('ul', { class: 'ws-wizard-problems', attrs: { 'aria-label': t('workshop.wizard.problems') } });
  const problemBox = h('div', { attrs: { role: 'alert' } }, problems);
  const cancel = h('button', { class: 'btn btn--quiet', attrs: { type: 'button' } }, t('workshop.wizard.cancel'));
  const form = h(
    'form',
    { class: 'ws-wizard-form', attrs: { method: 'dialog', novalidate: true } },
    h('h2', { attrs: { id: 'ws-new-title' } }, t('workshop.wizard.title')),
    h('p', { class: 'ws-hint' }, t('workshop.wizard.intro')),
    field('ws-new-incident', t('workshop.wizard.incident'), incident, t('workshop.wizard.incidentHint')),
    h(
      'fieldset',
      null,
      h('legend', null, t('workshop.wizard.meters')),
      ...meters.map((input, i) => field(input.id, t('workshop.wizard.meter', { n: String(i + 1) }), input)),
    ),
    h(
      'fieldset',
      null,
      h('legend', null, t('workshop.wizard.deadlines')),
      ...presets.map((p) => p.row),
      field('ws-new-custom-label', t('workshop.wizard.customLabel'), customLabel),
      field('ws-new-custom-hours', t('workshop.wizard.customHours'), customHours),
    ),
    field('ws-new-decisions', t('workshop.wizard.decisions'), decisions, t('workshop.wizard.decisionsHint', { min: String(MIN_DECISIONS), max: String(MAX_DECISIONS) })),
    problemBox,
    h('div', { class: 'ws-wizard-actions' }, h('button', { class: 'btn btn--primary', attrs: { type: 'submit' } }, t('workshop.wizard.write')), cancel),
  );
  const dialog = h('dialog', { class: 'ws-wizard', attrs: { 'aria-labelledby': 'ws-new-title' } }, form);
  const opener = h('button', { class: 'btn', attrs: { type: 'button' } }, t('workshop.wizard.open'));

  const answers = (): NewScenarioAnswers => ({
    incident: incident.value,
    meters: meters.map((m) => m.value).filter((m) => m.trim() !== ''),
    deadlines: presets.filter((p) => p.box.checked).map((p) => p.preset.id),
    customDeadlines: customLabel.value.trim() === '' && customHours.value === '' ? [] : [{ label: customLabel.value, hours: Number(customHours.value) }],
    decisions: decisions.value === '' ? NaN : Number(decisions.value),
  });

  opener.addEventListener('click', () => {
    problems.replaceChildren();
    dialog.showModal();
    incident.focus();
  });
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    const given = answers();
    const found = checkAnswers(given, translator());
    if (found.length > 0) {
      event.preventDefault();
      problems.replaceChildren(...found.map((p) => h('li', null, p.message)));
      return;
    }
    onScenario(newScenario(given));
  });
  dialog.addEventListener('close', () => opener.focus());
  return { opener, dialog };
}
