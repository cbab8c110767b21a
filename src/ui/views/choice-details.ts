/**
 * Projector view (issue #16, To build 1): every choice of a decision stands on the wall without
 * scrolling. A choice's label is the move the room picks; its description is the detail. When the
 * descriptions would push choices below the window, they all fold behind one "Choice details"
 * disclosure (a real button with aria-expanded), so every card keeps the same shape and none looks
 * different from the others. The facilitator's own choice on the button wins until the next
 * decision. The standard and phone views always show the descriptions (the button is hidden).
 * A folded description is still the choice button's accessible description.
 */
import { currentDisplay } from '../display-mode';

type Details = 'shown' | 'folded';

function show(decision: HTMLElement, toggle: HTMLElement, details: Details): void {
  decision.dataset.details = details;
  toggle.setAttribute('aria-expanded', details === 'shown' ? 'true' : 'false');
}

/** Whether the decision's stage panel shows everything in it without scrolling, inside the window. */
function fits(decision: HTMLElement): boolean {
  const panel = decision.closest<HTMLElement>('.stage') ?? decision;
  const cards = decision.querySelectorAll('.choice');
  const last = cards[cards.length - 1];
  const bottom = last ? last.getBoundingClientRect().bottom : decision.getBoundingClientRect().bottom;
  const frame = panel.getBoundingClientRect();
  return panel.scrollHeight <= panel.clientHeight + 1 && bottom <= Math.min(window.innerHeight, frame.top + panel.clientTop + panel.clientHeight) + 0.5;
}

/**
 * Shows or folds the descriptions: the facilitator's choice if they made one, else shown when the
 * whole decision fits and folded when it does not. Idempotent: it starts from shown.
 */
export function fitChoiceDetails(decision: HTMLElement, toggle: HTMLElement): void {
  const chosen = toggle.dataset.chosen;
  if (chosen === 'shown' || chosen === 'folded') {
    show(decision, toggle, chosen);
    return;
  }
  show(decision, toggle, 'shown');
  if (currentDisplay() !== 'projector' || !decision.isConnected) return;
  if (!fits(decision)) show(decision, toggle, 'folded');
}

/**
 * Wires the disclosure and keeps the decision fitted as the window, the mode, the fonts or the
 * panel's size change.
 */
export function keepChoicesFitted(decision: HTMLElement, toggle: HTMLButtonElement): void {
  toggle.addEventListener('click', () => {
    toggle.dataset.chosen = decision.dataset.details === 'shown' ? 'folded' : 'shown';
    fitChoiceDetails(decision, toggle);
  });
  const observer = new ResizeObserver(() => {
    if (!decision.isConnected) {
      observer.disconnect();
      return;
    }
    const panel = decision.closest('.stage');
    if (panel) observer.observe(panel);
    fitChoiceDetails(decision, toggle);
  });
  observer.observe(decision);
}
