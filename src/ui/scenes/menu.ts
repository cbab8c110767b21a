/** Menu: pick a shipped exercise, resume a saved one, or open an instructor's file. */
import type { Lang } from '../../i18n/languages';
import type { AppContext, PendingResume } from '../app-context';
import { loadCatalog } from '../catalog';
import { loadChecker, type Checker } from '../core';
import { h } from '../dom/h';
import { t, uiLang, useLanguage } from '../lang/ui-language';
import { chooseLanguage } from '../lang/language-choice';
import { languageSwitch } from '../views/language-switch';
import { button } from '../dom/h';
import type { CatalogEntry } from '../catalog';
import { menuView, type MenuView } from '../views/menu-view';
import { messageBanner } from '../views/message-banner';
import { RoomScene } from './room-scene';
import { preloadLaterScenes } from './later-scenes';
import { applyDisplay, currentDisplay } from '../display-mode';

/** Larger files are refused before reading: no scenario is anywhere near this. */
const MAX_FILE_BYTES = 1_000_000;

export class Menu extends RoomScene {
  private view!: MenuView;
  /** Loaded with the catalog: it re-reads a saved instructor's file and checks an opened one. */
  private checker!: Checker;

  constructor(app: AppContext) {
    super('Menu', app);
  }

  create(): void {
    this.drawRoom();
    this.app.leave();
    // A saved session may reopen at its debrief: have the later screens on their way.
    preloadLaterScenes(this.game, this.app);
    if (this.app.catalogLoaded) {
      this.render();
      return;
    }
    this.app.overlay.mount('loading', h('div', { class: 'screen screen--center' }, h('p', { class: 'loading', attrs: { role: 'status' } }, t('game.menu.loading'))));
    void Promise.all([loadCatalog(), loadChecker()]).then(([catalog, checker]) => {
      this.checker = checker;
      this.app.catalog = catalog;
      this.app.catalogLoaded = true;
      if (this.scene.isActive()) this.render();
    });
  }

  private render(): void {
    const app = this.app;
    const checks = app.checkSaves(this.checker);
    const saves = checks.flatMap((check) => (check.kind === 'ok' ? [check.pending] : []));
    const messages = app.messages.splice(0);
    this.view = menuView({
      catalog: app.catalog,
      messages,
      saves,
      badSaves: checks.flatMap((check) => (check.kind === 'bad' ? [check.bad] : [])),
      team: app.team,
      text: (value) => app.text(value),
      onTeam: (team) => (app.team = team),
      onPlay: (entry) => this.startExercise(entry, saves),
      onResume: (pending) => void this.resume(pending),
      onDeleteSave: (slot) => {
        app.discard(slot);
        this.render();
      },
      onOpenFile: (file) => void this.openFile(file),
      languageSwitch: languageSwitch(uiLang(), (lang) => void this.switchLanguage(lang)),
      projector: currentDisplay() === 'projector',
      onProjector: () => {
        // The menu and every new session from here on; a resumed session brings back its own.
        applyDisplay(currentDisplay() === 'projector' ? 'standard' : 'projector', true);
        this.render();
        this.view.root.querySelector<HTMLElement>('.menu__display')?.focus();
      },
    });
    app.overlay.mount('menu', this.view.root, messages.length > 0 ? null : this.view.root.querySelector('h1'));
  }

  /** The menu's switch: every screen from here on, and every page of this browser, speaks `lang`. */
  private async switchLanguage(lang: Lang): Promise<void> {
    chooseLanguage(lang);
    try {
      await useLanguage(lang);
    } catch (error) {
      this.app.messages.push({ text: t('game.menu.languageFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
    if (!this.scene.isActive()) return;
    this.render();
    this.view.root.querySelector<HTMLElement>('.language-switch [aria-pressed="true"]')?.focus();
  }

  /**
   * Starts an exercise; when this team already has it in progress, asks first (the session in
   * progress stays in the list either way, but the room probably meant to resume it).
   */
  private startExercise(entry: CatalogEntry, saves: readonly PendingResume[]): void {
    const scenario = entry.scenario;
    if (!scenario) return;
    const team = this.app.team.trim() || null;
    const running = saves.find((save) => !save.finished && save.play.scenario.meta.id === scenario.meta.id && save.team === team);
    const start = (): void => void this.scene.start('Briefing', { scenario, custom: null });
    if (!running) {
      start();
      return;
    }
    const resume = button(t('game.menu.resumeIt'), () => void this.resume(running), { class: 'btn btn--primary btn--small' });
    this.view.notice.replaceChildren(
      messageBanner({
        text: t(team ? (running.beatTitle ? 'game.menu.alreadyTeamAt' : 'game.menu.alreadyTeam') : running.beatTitle ? 'game.menu.alreadyNoTeamAt' : 'game.menu.alreadyNoTeam', {
          team: team ?? '',
          title: running.title,
          beat: running.beatTitle ?? '',
        }),
      }),
    );
    this.view.notice.firstElementChild?.append(resume, button(t('game.menu.startNew'), start, { class: 'btn btn--small' }));
    resume.focus();
  }

  private async resume(pending: PendingResume): Promise<void> {
    await this.app.speakSessionLanguage(pending);
    if (!this.scene.isActive()) return;
    const play = this.app.resume(pending);
    // A finished exercise reopens at its debrief, which is what the room came back for.
    this.startScene(play.session.finished() ? 'Debrief' : 'WarRoom');
  }

  private async openFile(file: File): Promise<void> {
    const output = this.view.fileResult;
    if (file.size > MAX_FILE_BYTES) {
      output.replaceChildren(messageBanner({ text: t('game.menu.fileTooLarge', { file: file.name, size: Math.round(file.size / 1024), max: MAX_FILE_BYTES / 1000 }) }));
      return;
    }
    let source: string;
    try {
      source = await file.text();
    } catch {
      output.replaceChildren(messageBanner({ text: t('game.menu.fileUnreadable', { file: file.name }) }));
      return;
    }
    const { scenario, diagnostics } = this.checker.loadScenario(source, { file: file.name });
    if (scenario) {
      this.scene.start('Briefing', { scenario, custom: { file: file.name, source } });
      return;
    }
    // Only a file with problems needs the code frames: they load with it.
    const { diagnosticsView } = await import('../views/diagnostics-view');
    const view = diagnosticsView(this.checker, file.name, source, diagnostics);
    output.replaceChildren(view);
    const heading = view.querySelector('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }
}
