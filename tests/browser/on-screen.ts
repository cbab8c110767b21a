/**
 * Whether elements show whole without scrolling: inside the window and not cut by a panel that
 * scrolls or clips them. Shared by the projector tests.
 */
import type { Page } from 'playwright-core';

/**
 * Names the elements matching `selector` that do not show whole; [] when all do. With
 * `shownOnly`, elements the page hides on purpose (no layout box) are left out, and none at all
 * is no problem.
 */
export async function offScreen(page: Page, selector: string, shownOnly = false): Promise<string[]> {
  return page.evaluate(
    ({ css, shown }) => {
      const elements = [...document.querySelectorAll(css)].filter((element) => !shown || element.getClientRects().length > 0);
      if (elements.length === 0) return shown ? [] : [`no ${css} at all`];
      const within = (box: DOMRect, frame: { top: number; left: number; bottom: number; right: number }): boolean =>
        box.top >= frame.top - 0.5 && box.left >= frame.left - 0.5 && box.bottom <= frame.bottom + 0.5 && box.right <= frame.right + 0.5;
      return elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        const name = `${css} "${(element.textContent ?? '').slice(0, 30)}" at ${Math.round(box.top)}..${Math.round(box.bottom)}`;
        if (box.width === 0 || !within(box, { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return [`${name}: outside the window`];
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowY === 'visible') continue;
          const frame = parent.getBoundingClientRect();
          const inner = { top: frame.top + parent.clientTop, left: frame.left + parent.clientLeft, bottom: frame.top + parent.clientTop + parent.clientHeight, right: frame.left + parent.clientLeft + parent.clientWidth };
          if (!within(box, inner)) return [`${name}: cut by .${parent.className.split(' ')[0] ?? parent.tagName}`];
        }
        return [];
      });
    },
    { css: selector, shown: shownOnly },
  );
}
