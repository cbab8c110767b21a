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
import { attachInspector } from './inspector';
import { clearSave, readSave, writeChannel, writeSave, type ScenarioSource } from './save-store';
import { randomSeed, type UrlParams } from './url-params';

/** The exercise in progress. */
export interface Play {
  readonly scenario: Scenario;
  readonly session: Session;
  /** Set when the scenario came from a file the instructor opened. */
  readonly custom: ScenarioSource | null;
}

/** A message for the menu (an unknown `?scenario=`, a save that could not be resumed...). */
export interface MenuMessage {
  readonly text: string;
  /** When set, the menu offers this text for download (the unreadable save). */
  readonly download?: { readonly fileName: string; readonly text: string };
}

/** A save that restored cleanly and waits for the room to say "Resume". */
export interface PendingResume {
  readonly play: Play;
  readonly channel: string | null;
  readonly title: string;
  readonly team: string | null;
  readonly finished: boolean;
  readonly beatTitle: string | null;
  /** Wall-clock milliseconds of the last logged event. */
  readonly savedAt: number | null;
}

export type SaveCheck = { kind: 'none' } | { kind: 'ok'; pending: PendingResume } | { kind: 'bad'; message: MenuMessage };

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
  /** Meter values the dials last showed, so the next screen sweeps from there. */
  shownMeters: Record<string, number> = {};
  /** Injects already announced to screen readers (`seq:inject`). */
  readonly announced = new Set<string>();
  /**
   * The current scene's answer to a change a facilitator console made: the log entry it added and
   * the state before it, so the projector can show exactly what a click of its own would have.
   */
  onExternalChange: ((entry: LogEntry, before: GameState) => void) | null = null;
  /** The last log entry and the state before it (kept for onExternalChange). */
  private lastStep: { entry: LogEntry; before: GameState } | null = null;
  private unsubscribe: (() => void) | null = null;
  private link: ProjectorLink | null = null;

  constructor(
    readonly overlay: Overlay,
    readonly params: UrlParams,
  ) {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = query.matches;
    query.addEventListener('change', () => (this.reducedMotion = query.matches));
  }

  /** Scenario text in the scenario's default language. */
  text(value: Text | undefined): string {
    return value === undefined ? '' : this.core.text(value, this.params.lang ?? undefined);
  }

  /** Starts a fresh session: the old save is replaced by this one's first entry. */
  startPlay(scenario: Scenario, custom: ScenarioSource | null): Play {
    const seed = this.params.seed ?? randomSeed();
    const session = this.core.createSession(scenario, { seed, team: this.team.trim() || undefined });
    return this.adopt({ scenario, session, custom }, null);
  }

  /**
   * Looks at the saved exercise: resumable (restored, not yet adopted), or not, with the reason.
   * A save that cannot be resumed is set aside at once, so the next start is fresh. The checker
   * re-reads the source of a scenario that came from a file.
   */
  checkSave(checker: Checker): SaveCheck {
    const stored = readSave();
    if (!stored) return { kind: 'none' };
    const fail = (why: string): SaveCheck => {
      clearSave();
      return {
        kind: 'bad',
        message: {
          text: `The saved exercise could not be resumed. ${why} It has been set aside, so play starts fresh; download it if you want to keep it.`,
          download: { fileName: 'crisis-room-save.json', text: stored.raw },
        },
      };
    };
    let scenario: Scenario | null = null;
    let custom: ScenarioSource | null = null;
    if (stored.custom) {
      scenario = checker.loadScenario(stored.custom.source, { file: stored.custom.file }).scenario;
      custom = stored.custom;
    } else if (stored.scenarioId) {
      scenario = this.catalog.find((entry) => entry.scenario?.meta.id === stored.scenarioId)?.scenario ?? null;
    }
    const anyScenario = scenario ?? this.catalog.find((entry) => entry.scenario)?.scenario ?? null;
    if (!scenario) {
      // Let the engine say what is wrong with an unreadable save; a readable one names a missing scenario.
      const restored = anyScenario ? this.core.restore(stored.raw, anyScenario) : null;
      if (restored && !restored.ok && restored.error.code !== 'other-scenario') return fail(restored.error.message);
      return fail(stored.scenarioId ? `Its scenario "${stored.scenarioId}" is not available any more.` : 'It does not say which scenario it is for.');
    }
    const restored = this.core.restore(stored.raw, scenario);
    if (!restored.ok) return fail(restored.error.message);
    const session = restored.session;
    const beat = scenario.beats.find((candidate) => candidate.id === session.state().beat);
    return {
      kind: 'ok',
      pending: {
        play: { scenario, session, custom },
        channel: stored.channel,
        title: this.text(scenario.meta.title),
        team: session.team ?? null,
        finished: session.finished(),
        beatTitle: beat ? this.text(beat.title) : null,
        savedAt: session.log().at(-1)?.wall ?? null,
      },
    };
  }

  /** Continues a checked save exactly where it stopped. */
  resume(pending: PendingResume): Play {
    return this.adopt(pending.play, pending.channel);
  }

  /** Ends the exercise in this tab; the save stays so the debrief can be reopened. */
  leave(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.link?.close();
    this.link = null;
    this.play = null;
  }

  /** Whether the facilitator console can be opened for the current exercise. */
  consoleAvailable(): boolean {
    return this.link !== null;
  }

  /** Opens the facilitator console of this session in a new window (for the laptop, not the projector). */
  openConsole(): void {
    if (this.link) window.open(this.link.consoleUrl(window.location.href), '_blank', 'noopener');
  }

  private adopt(play: Play, channelId: string | null): Play {
    this.leave();
    this.play = play;
    this.shownMeters = {};
    this.announced.clear();
    let saving = true;
    const save = (): void => {
      if (saving) writeSave(play.session.save(), play.custom);
    };
    const channel = channelId ?? this.core.createChannelId();
    writeChannel(channel);
    save();
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
        onSuperseded: () => {
          // Another window now runs this exercise: stop writing over its save.
          saving = false;
          this.overlay.announce('This exercise was opened in another window, which is now in charge. This window no longer saves.');
        },
      });
    } catch {
      this.link = null;
    }
    if (this.params.inspect) void attachInspector(play.session);
    return play;
  }
}
