/**
 * The DOM layer over the canvas: one screen at a time, plus a polite live region for announcing
 * new injects. Each scene mounts its screen on create and the next scene's mount replaces it.
 */
import { clear, h } from './h';

export class Overlay {
  private announceTimer: number | undefined;
  private mounts = 0;

  constructor(
    readonly root: HTMLElement,
    private readonly announcer: HTMLElement,
  ) {}

  /**
   * Shows a screen. `focus` is the element keyboard users start from; by default the screen's
   * first heading, so a screen reader reads the new screen from its top.
   */
  mount(screen: string, content: HTMLElement, focus?: HTMLElement | null): void {
    // A start-up error stays (startup-error.ts): a briefing that opens after it would offer a
    // Continue that can do nothing, which is the dead page the error screen is there to replace.
    if (this.root.dataset.failed === 'true') return;
    clear(this.root);
    this.root.dataset.screen = screen;
    // Counts screens shown, so tests (and anyone watching) can tell a re-render from a stale one.
    this.root.dataset.mount = String(++this.mounts);
    this.root.append(content);
    // #ui is the page's scroll container and outlives its screens: each new screen opens at its
    // top (issue #16, point 7), not where the last one was scrolled to.
    this.root.scrollTop = 0;
    this.root.scrollLeft = 0;
    const target = focus ?? content.querySelector<HTMLElement>('h1, h2');
    if (target) {
      if (!target.matches('button, input, a, select, textarea, [tabindex]')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
  }

  /** Says something to screen readers without moving focus. */
  announce(message: string): void {
    // A fresh node per message makes screen readers read it even when the text repeats.
    window.clearTimeout(this.announceTimer);
    this.announcer.append(h('p', null, message));
    this.announceTimer = window.setTimeout(() => {
      while (this.announcer.childElementCount > 5) this.announcer.firstElementChild?.remove();
    }, 1000);
  }
}
