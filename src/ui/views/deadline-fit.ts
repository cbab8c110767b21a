/**
 * Projector view (issue #16, To build 1): late in a long case nine clocks have started and the
 * list no longer fits under the meters, yet the room must see the clocks while it decides. On the
 * wall, resolved clocks fold into one line of counts, then the least urgent running ones, until
 * the list stands inside the window; the most urgent clock always keeps its row. The standard
 * view lists every clock (its column scrolls). The console and the debrief keep them all.
 */
import { currentDisplay } from '../display-mode';
import { t } from '../lang/ui-language';

const FOLDED = 'deadline--folded';
const RESOLVED = ['met', 'deficient', 'missed'] as const;
type Resolved = (typeof RESOLVED)[number];

/** The line of counts under the rows: "Also: 1 more running · 4 met · 2 missed". */
function restText(folded: readonly HTMLElement[]): string {
  const count = (status: string): number => folded.filter((row) => row.dataset.status === status).length;
  const running = folded.filter((row) => !RESOLVED.includes(row.dataset.status as Resolved)).length;
  const parts = [
    running > 0 ? t('game.deadlines.restRunning', { count: running }) : '',
    ...RESOLVED.map((status) => {
      const n = count(status);
      if (n === 0) return '';
      return t(status === 'met' ? 'game.deadlines.restMet' : status === 'missed' ? 'game.deadlines.restMissed' : 'game.deadlines.restDeficient', { count: n });
    }),
  ].filter(Boolean);
  return t('game.deadlines.rest', { parts: parts.join(' · ') });
}

/** The lowest point the list may reach: the window, or the column when it scrolls. */
function floor(section: HTMLElement): number {
  const column = section.parentElement;
  if (!column || getComputedStyle(column).overflowY === 'visible') return window.innerHeight;
  return Math.min(window.innerHeight, column.getBoundingClientRect().top + column.clientTop + column.clientHeight);
}

/**
 * Folds rows of `section` (rows in order of urgency, running ones first) until it fits, or
 * unfolds them all outside projector view. Idempotent: it starts from every row shown.
 */
export function fitDeadlines(section: HTMLElement, rest: HTMLElement): void {
  const rows = [...section.querySelectorAll<HTMLElement>('.deadline')];
  for (const row of rows) row.classList.remove(FOLDED);
  rest.hidden = true;
  if (currentDisplay() !== 'projector' || !section.isConnected || rows.length === 0) return;
  const folded: HTMLElement[] = [];
  const fold = (row: HTMLElement): void => {
    row.classList.add(FOLDED);
    folded.push(row);
    rest.textContent = restText(folded);
    rest.hidden = false;
  };
  for (const row of rows) if (RESOLVED.includes(row.dataset.status as Resolved)) fold(row);
  const limit = floor(section);
  const running = rows.filter((row) => !row.classList.contains(FOLDED));
  // Fold from the least urgent; the first running row stays whatever the space.
  for (let i = running.length - 1; i > 0 && section.getBoundingClientRect().bottom > limit; i--) {
    const row = running[i];
    if (row) fold(row);
  }
}

/** Keeps `section` fitted as the window, the mode or the column's size changes. */
export function keepDeadlinesFitted(section: HTMLElement, rest: HTMLElement): void {
  const observer = new ResizeObserver(() => {
    if (!section.isConnected) {
      observer.disconnect();
      return;
    }
    if (section.parentElement) observer.observe(section.parentElement);
    fitDeadlines(section, rest);
  });
  observer.observe(section);
}
