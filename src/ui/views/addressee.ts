/** Who an inject is for, in words: "General counsel, Head of IT security", or '' for the room. */
import { addressees } from '../../scenario/roles';
import type { Inject, Scenario, Text } from '../../scenario/types';

/** The labels of the roles an inject is addressed to, in the language on show. */
export function addresseeLabels(
  scenario: Scenario,
  inject: Inject,
  text: (value: Text) => string,
): string[] {
  return addressees(scenario, inject).map((role) => text(role.label));
}

/** The same labels in one line, "General counsel, Chief executive"; '' for the whole room. */
export function addresseeText(
  scenario: Scenario,
  inject: Inject,
  text: (value: Text) => string,
): string {
  return addresseeLabels(scenario, inject, text).join(', ');
}
