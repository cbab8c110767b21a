/**
 * What every scene shares: the core, the shipped scenarios, the URL's wishes, the DOM overlay and
 * the exercise being played. Starting, saving and resuming a session happen here so each scene
 * only renders and sends events.
 */
import type { GameState, LogEntry } from '../engine/types';
import type { Scenario, Text } from '../scenario/types';
import type { CatalogEntry } from './catalog';
import type { Checker, Core, ProjectorLink, Session } from './core';
import type { Overlay } from './dom/overlay';
import { feedbackReveal, type FeedbackReveal } from './feedback-reveal';
import { sessionDisplay, type SessionDisplay } from './display-switch';
import { LEGACY_SLOT, listSaves, readPinKey, readSessionLang, removeSave, writeHeld, writePinKey, writeSave, writeSessionLang, type ScenarioSource } from './save-store';
import type { MenuMessage, PendingResume, SaveCheck } from './save-check';
import { derivePinKey, exportPinKey, importPinKey } from './sync/pin';
import { saveNotices, type SaveNotices } from './views/save-notices';
import { randomSeed, type UrlParams } from './url-params';
import { onLanguage, uiLang, useLanguage } from './lang/ui-language';
import { langOf } from '../i18n/languages';

/** The exercise in progress. */
export interface Play {
  readonly scenario: Scenario;
  readonly session: Session;
  /** Set when the scenario came from a file the instructor opened. */
  readonly custom: ScenarioSource | null;
}

export type { BadSave, MenuMessage, PendingResume, SaveCheck } from './save-check';

export class AppContext {
  core!: Core;
  catalog: readonly CatalogEntry[] = [];
  /** The menu loads and checks every shipped scenario once, the first time it is shown. */
  catalogLoaded = false;
  team = '';
  play: Play | null = null;
  /** Shown once by the menu, then cleared. */
  messages: MenuMessage[] = [];
  reducedMotion: boolean;
  /** Settled once the page's language has loaded (main.ts); screens wait for it before drawing. */
  languageReady: Promise<void> = Promise.resolve();
  /** Meter values the dials last showed, so the next screen sweeps from there. */
  shownMeters: Record<string, number> = {};
  /** Whether the room sees the expert feedback after a decision: the facilitator's switch. */
  feedback: FeedbackReveal | null = null;
  /** Whether the session is shown in projector view: the war room's, menu's and console's switch. */
  display: SessionDisplay | null = null;
  /** Injects already announced to screen readers (`seq:inject`). */
  readonly announced = new Set<string>();
  /** The last log seq whose injects a war room has shown (feed-model.ts, `freshFrom`). */
  feedSeen: number | null = null;
  /**
   * The current scene's answer to a change a facilitator console made: the log entry it added and
   * the state before it, so the projector can show exactly what a click of its own would have.
   */
  onExternalChange: ((entry: LogEntry, before: GameState) => void) | null = null;
  /** The last log entry and the state before it (kept for onExternalChange). */
  private lastStep: { entry: LogEntry; before: GameState } | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopLanguageWatch: (() => void) | null = null;
  private link: ProjectorLink | null = null;
  /** The storage slot of the exercise in progress. */
  private slot: string | null = null;
  /** Whether this session's facilitator PIN is set. */
  private pinSet = false;
  /** Whether `hold` paused the decision timer (and so `release` may start it again). */
  private held = false;
  /** The lasting notices about saving: storage full, or another window in charge. */
  private readonly notices: SaveNotices;

  constructor(
    readonly overlay: Overlay,
    readonly params: UrlParams,
  ) {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = query.matches;
    query.addEventListener('change', () => (this.reducedMotion = query.matches));
    this.notices = saveNotices(() => this.play);
    this.team = params.team ?? '';
    // Nobody decides while the page is hidden or closed: hold the clock (pagehide saves the pause).
    // A page on its way out stays held, whatever visibility events follow its pagehide.
    let leaving = false;
    document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? this.hold() : leaving ? undefined : this.release()));
    window.addEventListener('pagehide', () => {
      leaving = true;
      this.hold();
    });
    window.addEventListener('pageshow', () => (leaving = false));
  }

  /** Scenario text in the page's language, or the scenario's default when it lacks that language. */
  text(value: Text | undefined): string {
    return value === undefined ? '' : this.core.text(value, uiLang());
  }

  /** Starts a fresh session: the old save is replaced by this one's first entry. */
  startPlay(scenario: Scenario, custom: ScenarioSource | null): Play {
    const seed = this.params.seed ?? randomSeed();
    const session = this.core.createSession(scenario, { seed, team: this.team.trim() || undefined });
    return this.adopt({ scenario, session, custom }, null, null);
  }

  /**
   * Looks at every stored session: each resumable (restored, not yet adopted), or not, with the
   * reason. A save that cannot be resumed stays stored until the instructor downloads or discards
   * it. The checker re-reads the source of a scenario that came from a file.
   */
  checkSaves(checker: Checker): SaveCheck[] {
    return listSaves().map((stored) => checker.checkSave(this.catalog, (value) => this.text(value), checker, stored));
  }

  /**
   * Speaks the language `pending` was played in, so its screens and debrief come out in it; an
   * address's `?lang=` still wins (the language rule, src/i18n/resolve-language.ts).
   */
  async speakSessionLanguage(pending: PendingResume): Promise<void> {
    const kept = langOf(readSessionLang(pending.slot));
    if (!kept || kept === uiLang() || langOf(this.params.lang)) return;
    try {
      await useLanguage(kept);
    } catch {
      // Its catalog did not load: the session goes on in the page's language.
    }
  }

  /** Continues a checked save exactly where it stopped, restarting a timer the game had held. */
  resume(pending: PendingResume): Play {
    const play = this.adopt(pending.play, pending.channel, pending.slot);
    if (pending.held) {
      this.held = true;
      this.release();
    }
    return play;
  }

  /** Deletes a stored session (the menu's Delete, after the instructor confirmed). */
  discard(slot: string): void {
    removeSave(slot);
  }

  /** Ends the exercise in this tab; the save stays so it can be resumed or its debrief reopened. */
  leave(): void {
    this.hold();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.stopLanguageWatch?.();
    this.stopLanguageWatch = null;
    this.link?.close();
    this.link = null;
    this.play = null;
    this.slot = null;
    this.feedback = null;
    this.display = null;
    this.notices.saved();
  }

  /**
   * Stops a running decision timer while nobody is looking: the page is hidden or closed, or the
   * room went back to the menu (issue #16, point 3). It is logged as a pause, so the seconds left
   * survive a reload; `release` starts the timer again with them. A timer the facilitator paused
   * is left alone.
   */
  hold(): void {
    const play = this.play;
    if (!play || this.held || play.session.paused() || play.session.finished()) return;
    if (!this.core.decisionTimer(play.scenario, play.session.log(), Date.now())) return;
    if (!play.session.pause().accepted) return;
    this.held = true;
    if (this.slot) writeHeld(this.slot, true);
  }

  /** Starts again a timer `hold` stopped. */
  release(): void {
    const play = this.play;
    if (!play || !this.held) return;
    this.held = false;
    if (this.slot) writeHeld(this.slot, false);
    if (play.session.paused()) play.session.resume();
  }

  /** Trainee mode hides the console (issue #16, point 6). */
  consoleAvailable(): boolean {
    return this.link !== null && !this.params.trainee;
  }

  /** Whether the instructor has set this session's facilitator PIN (the console asks for it). */
  hasPin(): boolean {
    return this.pinSet;
  }

  /** Sets the facilitator PIN: only a console that knows it may control the session. */
  async setPin(pin: string): Promise<void> {
    const link = this.link;
    const slot = this.slot;
    if (!link || !slot) return;
    const key = await derivePinKey(pin, link.channelId);
    await link.setPin(key);
    this.pinSet = true;
    writePinKey(slot, await exportPinKey(key));
  }

  /** Opens the facilitator console of this session in a new window (for the laptop, not the projector). */
  openConsole(): void {
    if (this.link) window.open(this.link.consoleUrl(window.location.href), '_blank', 'noopener');
  }

  private adopt(play: Play, channelId: string | null, fromSlot: string | null): Play {
    this.leave();
    this.play = play;
    this.shownMeters = {};
    this.announced.clear();
    this.feedSeen = null;
    const channel = channelId ?? this.core.createChannelId();
    // One slot per session, named by its channel; a save of the one-slot days moves into its own.
    const slot = channel;
    this.slot = slot;
    this.held = false;
    const feedback = feedbackReveal(slot, this.params.trainee, localStorage);
    this.feedback = feedback;
    const display = sessionDisplay(slot, this.params.display);
    this.display = display;
    let saving = true;
    const save = (): void => {
      if (!saving) return;
      const file = play.session.save();
      if (writeSave(slot, file, play.custom)) this.notices.saved();
      else this.notices.unsaved(file);
    };
    save();
    writeSessionLang(slot, uiLang());
    this.stopLanguageWatch = onLanguage((lang) => writeSessionLang(slot, lang));
    if (fromSlot === LEGACY_SLOT) removeSave(LEGACY_SLOT);
    let current = play.session.state();
    this.lastStep = null;
    this.unsubscribe = play.session.subscribe((entry) => {
      this.lastStep = { entry, before: current };
      current = play.session.state();
      save();
    });
    try {
      this.link = this.core.linkProjector(play.session, {
        channelId: channel,
        onChange: () => {
          if (this.lastStep) this.onExternalChange?.(this.lastStep.entry, this.lastStep.before);
        },
        ...(play.custom ? { source: play.custom.source } : {}),
        requirePin: true,
        feedback,
        display,
        onSuperseded: () => {
          // Another window now runs this exercise: stop writing over its save, and say so on screen.
          saving = false;
          this.held = false;
          this.notices.superseded();
        },
      });
    } catch {
      this.link = null;
    }
    // A reload keeps the PIN: its derived key is stored beside the save.
    this.pinSet = false;
    const storedPin = readPinKey(slot);
    const link = this.link;
    if (storedPin && link) {
      this.pinSet = true;
      void importPinKey(storedPin).then((key) => key && link.setPin(key));
    }
    // `?inspect` only: the inspector's glue stays out of the game's first download.
    if (this.params.inspect) void import('./inspector').then(({ attachInspector }) => attachInspector(play.session));
    return play;
  }
}
