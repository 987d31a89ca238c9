/**
 * A rule's override in settings holds only what differs from the rule's defaults, so a rule the
 * user switched off and on again has no entry, and a later change of a default still reaches them.
 */
import type { Settings } from '../../utils/context/settings';
import type { Rule, Severity } from '../../utils/engine/types';

export type RuleOverrides = Settings['rules'];

export function setRuleOverride(
  overrides: RuleOverrides,
  rule: Pick<Rule, 'id' | 'severity'>,
  change: { enabled?: boolean; severity?: Severity | 'default' },
): RuleOverrides {
  const current = { ...overrides[rule.id] };
  if (change.enabled !== undefined) {
    if (change.enabled) delete current.enabled;
    else current.enabled = false;
  }
  if (change.severity !== undefined) {
    if (change.severity === 'default' || change.severity === rule.severity) delete current.severity;
    else current.severity = change.severity;
  }
  const { [rule.id]: _old, ...others } = overrides;
  return Object.keys(current).length === 0 ? others : { ...others, [rule.id]: current };
}
