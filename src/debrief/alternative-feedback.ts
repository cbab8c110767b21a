/**
 * The feedback an option the team did not choose would have shown this team. Feedback may follow
 * the play (`feedbackCases`), and the engine records the variant it picked only for the option
 * chosen; a debrief that showed the other options' fallback text would tell a team that announced
 * "exactly 1,200" that members "already have the same count" (round-9 comms T-N2). So each other
 * option is tried on a replay of the log up to that decision, and the variant the engine picks
 * there is the one shown. A save for another version of the scenario is not replayed: its
 * alternatives keep their fallback text.
 */
import { openSession } from '../engine/session';
import type { SaveFile } from '../engine/types';
import type { Scenario } from '../scenario/types';
import { feedbackCaseIn } from '../scenario/text-picks';

/** For the decision logged with sequence number `seq`: the feedback variant each other option would pick. */
export function alternativeFeedbackCases(scenario: Scenario, save: SaveFile, seq: number): (choice: string) => number | undefined {
  const index = save.log.findIndex((entry) => entry.seq === seq);
  if (index < 0 || save.scenario.hash !== scenario.hash) return () => undefined;
  const before = save.log.slice(0, index);
  const wall = save.log[index]?.wall ?? 0;
  return (choice) => {
    try {
      const session = openSession(scenario, { seed: save.seed, now: () => wall }, before);
      const result = session.choose(choice);
      return result.accepted ? feedbackCaseIn(result.notices, choice) : undefined;
    } catch {
      // A log this build cannot replay (checked elsewhere, and warned about): the fallback text.
      return undefined;
    }
  };
}
