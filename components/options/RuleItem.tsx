/** One rule: what it looks for and its source, in the user's language, with on/off and severity. */
import { RULE_TEXTS } from '../../rules/i18n';
import { SEVERITIES, type Rule, type Severity } from '../../utils/engine/types';
import type { RuleOverrides } from './rule-overrides';
import { LockedNote } from '../shared/LockedNote';
import { useI18n } from '../shared/i18n';
import type { MessageKey } from '../../utils/i18n';

export interface RuleItemProps {
  rule: Rule;
  override: RuleOverrides[string] | undefined;
  locked: boolean;
  onChange(change: { enabled?: boolean; severity?: Severity | 'default' }): void;
}

export function RuleItem({ rule, override, locked, onChange }: RuleItemProps) {
  const { t, locale } = useI18n();
  const texts = RULE_TEXTS[locale][rule.id];
  const enabled = override?.enabled !== false;
  const title = t(`ruleNames.${rule.id}` as MessageKey);
  const name = <span class="visually-hidden"> ({title})</span>;
  return (
    <li data-rule={rule.id}>
      <div>
        <h3 class="rule-name">{title}</h3>
        <p>{texts?.description ?? rule.description}</p>
        {/* The id is what a council's policy file and the CLI use, so IT teams can still find it. */}
        <p class="hint">
          {t(`common.category.${rule.category}`)} · <code>{rule.id}</code> · {t('options.rules.source')}{' '}
          {rule.url ? <a href={rule.url} target="_blank" rel="noreferrer">{texts?.source ?? rule.source}</a> : (texts?.source ?? rule.source)}
        </p>
        {locked && <LockedNote />}
      </div>
      <div class="rule-controls">
        <div>
          <input
            id={`rule-on-${rule.id}`}
            type="checkbox"
            checked={enabled}
            disabled={locked}
            onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
          />{' '}
          <label for={`rule-on-${rule.id}`}>
            {t('options.rules.enabled')}
            {name}
          </label>
        </div>
        <div class="field">
          <label for={`rule-severity-${rule.id}`}>
            {t('options.rules.severity')}
            {name}
          </label>
          <select
            id={`rule-severity-${rule.id}`}
            value={override?.severity ?? 'default'}
            disabled={locked || !enabled}
            onChange={(e) => onChange({ severity: e.currentTarget.value as Severity | 'default' })}
          >
            <option value="default">{t('options.rules.severityDefault', { severity: t(`common.severity.${rule.severity}`) })}</option>
            {SEVERITIES.map((severity) => (
              <option value={severity}>{t(`common.severity.${severity}`)}</option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}
