/** "Opening the crisis room…": the busy screen while the room or what it needs is on its way. */
import { h } from './dom/h';
import { t } from './lang/ui-language';
import type { Overlay } from './dom/overlay';

export function showOpeningStatus(overlay: Overlay): void {
  overlay.root.setAttribute('aria-busy', 'true');
  overlay.mount(
    'preload',
    h('div', { class: 'screen screen--center' }, h('p', { class: 'loading', attrs: { role: 'status' } }, t('game.opening.opening'))),
  );
}

/** A screen the team can use is up: the page is no longer busy. */
export function showReady(overlay: Overlay): void {
  overlay.root.removeAttribute('aria-busy');
}
