/**
 * The notification deadlines an instructor most often needs, offered by the new-scenario wizard.
 * Each is a clock from the moment the team learns of the incident, as the rule counts it.
 */
import type { MessageKey, Translator } from '../i18n/index';

export interface DeadlinePreset {
  /** The wizard lists it by its name in the reader's language (`authoring.preset.<id>`, presetName). */
  readonly id: string;
  readonly label: string;
  readonly reference: string;
  readonly hours?: number;
  readonly businessDays?: number;
}

export const DEADLINE_PRESETS: readonly DeadlinePreset[] = [
  {
    id: 'pipa',
    label: 'Notify the PIPC and the people affected within 72 hours',
    reference: 'PIPA Art. 34 and Enforcement Decree Art. 40 (Republic of Korea)',
    hours: 72,
  },
  {
    id: 'gdpr',
    label: 'Notify the supervisory authority within 72 hours',
    reference: 'GDPR Art. 33(1)',
    hours: 72,
  },
  {
    id: 'sec',
    label: 'File the Form 8-K within four business days of deciding the incident is material',
    reference: 'SEC Form 8-K Item 1.05',
    businessDays: 4,
  },
  {
    id: 'nis2_early',
    label: 'Send the CSIRT an early warning within 24 hours',
    reference: 'NIS2 Directive Art. 23(4)(a)',
    hours: 24,
  },
  {
    id: 'nis2_notice',
    label: 'Send the CSIRT the incident notification within 72 hours',
    reference: 'NIS2 Directive Art. 23(4)(b)',
    hours: 72,
  },
];

/** What the wizard lists for a preset: "PIPA 72 hours", "개인정보 보호법 유출 신고, 72시간". */
export const presetName = (preset: DeadlinePreset, tr: Translator): string => tr.t(`authoring.preset.${preset.id}` as MessageKey);

export const presetById = (id: string): DeadlinePreset | undefined => DEADLINE_PRESETS.find((p) => p.id === id);
