/**
 * A start-up failure shown on screen. Anything that throws while the page opens (a stack overflow
 * in a scenario's rules, a chunk that fails to load, a broken opening) used to leave the briefing
 * on screen with a Continue that did nothing; now the page says what went wrong.
 */
import { t } from './lang/ui-language';

/** The words shown for a start-up failure: the error's own message, as text, never markup. */
export function startupMessage(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return t('game.opening.stackOverflow');
  }
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : t('game.opening.unknownError');
  return detail.length > 500 ? `${detail.slice(0, 500)}…` : detail;
}

/** Replaces `root`'s content with the error screen (plain DOM: it must work when nothing else does). */
export function showStartupError(root: HTMLElement, error: unknown): void {
  const screen = document.createElement('div');
  screen.className = 'screen screen--center startup-error';
  screen.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = t('game.opening.couldNotOpen');
  const message = document.createElement('p');
  message.textContent = startupMessage(error);
  const hint = document.createElement('p');
  hint.textContent = t('game.opening.reloadHint');
  screen.append(title, message, hint);
  root.replaceChildren(screen);
  // Marks the page as failed, so no screen that opens later covers the message (overlay.ts).
  root.dataset.failed = 'true';
  root.dataset.screen = 'startup-error';
  root.hidden = false;
  title.tabIndex = -1;
  title.focus({ preventScroll: true });
}

/**
 * Shows any uncaught exception or rejected promise on screen, from start-up on: a session whose
 * rules throw cannot go on, and saying so beats a Continue that does nothing. Returns a function
 * that removes the watch.
 */
export function watchStartup(root: HTMLElement): () => void {
  // Only real exceptions: the browser also reports benign events here (a ResizeObserver loop).
  const onError = (event: ErrorEvent): void => {
    if (event.error instanceof Error) showStartupError(root, event.error);
  };
  const onRejection = (event: PromiseRejectionEvent): void => showStartupError(root, event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
