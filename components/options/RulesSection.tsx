/** Every rule, with its description and source, switched on or off and set to a severity; each change is saved at once. */
import { useState } from 'preact/hooks';
import { RULES } from '../../rules';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';
import { DismissedList } from './DismissedList';
import { RuleItem } from './RuleItem';
import { WatchTermsEditor } from './WatchTermsEditor';
import { setRuleOverride } from './rule-overrides';

export function RulesSection(props: ImportProps) {
  const { t } = useI18n();
  const { settings, locked, save } = props;
  const [status, setStatus] = useState<Status | null>(null);

  return (
    <>
      <p>{t('options.rules.intro')}</p>
      <StatusMessage status={status} />
      <ul class="plain rules">
        {RULES.map((rule) => (
          <RuleItem
            key={rule.id}
            rule={rule}
            override={settings.rules[rule.id]}
            locked={locked.has(`rules.${rule.id}`)}
            onChange={async (change) => {
              const outcome = await save({ ...settings, rules: setRuleOverride(settings.rules, rule, change) });
              setStatus(outcome.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
            }}
          />
        ))}
      </ul>
      <WatchTermsEditor {...props} />
      <DismissedList {...props} />
    </>
  );
}
