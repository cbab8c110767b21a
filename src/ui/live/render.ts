/**
 * Redraws a live screen in place while keeping the keyboard where it was: the focused control is
 * found again in the new tree by its accessible name (or id), so an update from another device
 * never throws a keyboard user back to the top.
 */
export function replaceKeepingFocus(root: HTMLElement, next: Node): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && root.contains(active) ? (active.getAttribute('aria-label') ?? active.id ?? active.textContent) : null;
  const typed = active instanceof HTMLInputElement ? active.value : null;
  root.replaceChildren(next);
  if (!key) return;
  const again = [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]')].find(
    (element) => (element.getAttribute('aria-label') ?? element.id ?? element.textContent) === key,
  );
  if (!again) return;
  if (typed !== null && again instanceof HTMLInputElement) again.value = typed;
  again.focus();
}

export function announce(text: string): void {
  const live = document.getElementById('announcer');
  if (live) live.textContent = text;
}
