/**
 * Redraws a live screen in place while keeping the keyboard where it was: the focused control is
 * found again in the new tree by its accessible name (or id), so an update from another device
 * never throws a keyboard user back to the top. What the user typed or picked and has not yet
 * sent is carried over too: the dashboard redraws every second, and a team picked in a list must
 * still be picked when its button is pressed.
 */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const keyOf = (element: Element): string | null => element.getAttribute('aria-label') ?? (element.id || element.textContent);

/** Whether the user changed the control from what the page drew. */
function edited(control: Control): boolean {
  if (control instanceof HTMLSelectElement) {
    const drawn = [...control.options].find((option) => option.defaultSelected) ?? control.options[0];
    return drawn !== undefined && control.value !== drawn.value;
  }
  return control.value !== control.defaultValue;
}

export function replaceKeepingFocus(root: HTMLElement, next: Node): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && root.contains(active) ? keyOf(active) : null;
  const kept = new Map<string, string>();
  for (const control of root.querySelectorAll<Control>('input:not([type=file]), select, textarea')) {
    const name = keyOf(control);
    if (name && edited(control)) kept.set(name, control.value);
  }
  root.replaceChildren(next);
  const controls = [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]')];
  for (const control of controls) {
    const value = kept.get(keyOf(control) ?? '');
    if (value === undefined) continue;
    if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === value)) continue;
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) control.value = value;
  }
  if (!key) return;
  controls.find((element) => keyOf(element) === key)?.focus();
}

export function announce(text: string): void {
  const live = document.getElementById('announcer');
  if (live) live.textContent = text;
}
