/**
 * The notification deadlines an instructor most often needs, offered by the new-scenario wizard.
 * Each is a clock from the moment the team learns of the incident, as the rule counts it.
 */
export interface DeadlinePreset {
  readonly id: string;
  /** What the wizard lists. */
  readonly name: string;
  readonly label: string;
  readonly reference: string;
  readonly hours?: number;
  readonly businessDays?: number;
}

export const DEADLINE_PRESETS: readonly DeadlinePreset[] = [
  {
    id: 'pipa',
    name: 'PIPA 72 hours',
    label: 'Notify the PIPC and the people affected within 72 hours',
    reference: 'PIPA Art. 34 and Enforcement Decree Art. 40 (Republic of Korea)',
    hours: 72,
  },
  {
    id: 'gdpr',
    name: 'GDPR Art. 33, 72 hours',
    label: 'Notify the supervisory authority within 72 hours',
    reference: 'GDPR Art. 33(1)',
    hours: 72,
  },
  {
    id: 'sec',
    name: 'SEC 8-K Item 1.05, four business days',
    label: 'File the Form 8-K within four business days of deciding the incident is material',
    reference: 'SEC Form 8-K Item 1.05',
    businessDays: 4,
  },
  {
    id: 'nis2_early',
    name: 'NIS2 early warning, 24 hours',
    label: 'Send the CSIRT an early warning within 24 hours',
    reference: 'NIS2 Directive Art. 23(4)(a)',
    hours: 24,
  },
  {
    id: 'nis2_notice',
    name: 'NIS2 incident notification, 72 hours',
    label: 'Send the CSIRT the incident notification within 72 hours',
    reference: 'NIS2 Directive Art. 23(4)(b)',
    hours: 72,
  },
];

export const presetById = (id: string): DeadlinePreset | undefined => DEADLINE_PRESETS.find((p) => p.id === id);
