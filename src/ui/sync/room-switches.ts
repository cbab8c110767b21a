/**
 * The room's switches a controlling console may flip over the PIN-signed link: whether the
 * projector shows the expert feedback after a decision, and whether it is in projector view.
 * They change what the room sees, not the exercise, so nothing enters the session log; the game
 * owns them and keeps them with the session (feedback-reveal.ts, display-switch.ts).
 */
import type { DisplayMode } from '../display-mode.ts';
import type { Applied } from './apply-command.ts';
import { refusedFor } from './link-refusal.ts';
import type { Command, Snapshot } from './protocol.ts';

/** Whether the room sees the expert feedback after a decision, and how to change that. */
export interface FeedbackSwitch {
  revealed(): boolean;
  reveal(shown: boolean): void;
}

/** Whether the game window is in projector view, and how to change that. */
export interface DisplaySwitch {
  current(): DisplayMode;
  show(mode: DisplayMode): void;
}

export interface RoomSwitches {
  readonly feedback?: FeedbackSwitch | undefined;
  readonly display?: DisplaySwitch | undefined;
}

export type SwitchCommand = Extract<Command, { kind: 'feedback' | 'display' }>;

export function isSwitchCommand(command: Command): command is SwitchCommand {
  return command.kind === 'feedback' || command.kind === 'display';
}

/** The switches' settings as a snapshot carries them (absent: this window has no such switch). */
export function switchSettings(
  switches: RoomSwitches,
): Pick<Snapshot, 'revealFeedback' | 'display'> {
  return {
    ...(switches.feedback ? { revealFeedback: switches.feedback.revealed() } : {}),
    ...(switches.display ? { display: switches.display.current() } : {}),
  };
}

/** Flips one switch; the caller then sends every console a fresh snapshot. */
export function flipSwitch(switches: RoomSwitches, command: SwitchCommand): Applied {
  if (command.kind === 'feedback') {
    if (!switches.feedback) return NO_FEEDBACK_SWITCH;
    switches.feedback.reveal(command.reveal);
    return { accepted: true };
  }
  if (!switches.display) return NO_DISPLAY_SWITCH;
  switches.display.show(command.mode);
  return { accepted: true };
}

const NO_FEEDBACK_SWITCH = refusedFor('noFeedbackSwitch', 'This game window cannot show the expert feedback to the room.');
const NO_DISPLAY_SWITCH = refusedFor('noDisplaySwitch', 'This game window has no projector view.');
