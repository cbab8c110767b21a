/** A statutory clock: when it starts, when it is met (or met deficiently), what missing it does. */
import type { Condition } from './condition-types';
import type { Inject, Outcome, Text } from './types';

export interface Deadline {
  readonly id: string;
  readonly label: Text;
  /** The rule the clock models ("PIPA Art. 34", "GDPR Art. 33"), cited in the reader's language. */
  readonly reference?: Text;
  /** The clock starts the first time this holds. */
  readonly startsWhen: Condition;
  /** The deadline is met if this holds at or before its due hour. */
  readonly metWhen: Condition;
  /** In-game hours allowed; exactly one of `hours` and `businessDays` is set. */
  readonly hours?: number;
  /**
   * Business days allowed, over the calendar of `meta.clockStart`: due at the end (midnight) of
   * the last one, Saturdays and Sundays skipped (see src/engine/due-hour.ts).
   */
  readonly businessDays?: number;
  /** Hours from the moment `startsWhen` first holds to the start of the window; 0 when absent. */
  readonly startsAfter?: number;
  readonly onMissed: Outcome;
  readonly missedInject?: Inject;
  readonly onMet: Outcome;
  /** The author means a good ending to stay reachable after this deadline is missed (no design finding). */
  readonly forgivable?: boolean;
  /**
   * When this holds at the moment the deadline is met, it is met deficiently: the status is
   * `deficient` and `onDeficient` applies instead of `onMet`.
   */
  readonly deficientWhen?: Condition;
  readonly onDeficient?: Outcome;
  readonly deficientInject?: Inject;
}
