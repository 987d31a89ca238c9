/**
 * The accounts the user posts from, and what kind each is: a corporate council account must stay
 * politically neutral, a councillor's own need not. Unlisted accounts get the default kind.
 * Accounts the council set by policy are shown locked; the user may still list their own.
 */
import { ACCOUNT_KINDS, PLATFORMS } from '../../utils/engine/request';
import type { AccountKind, Settings } from '../../utils/context/settings';
import { LockedNote } from '../shared/LockedNote';
import { useI18n } from '../shared/i18n';
import { accountLockKey } from './managed-values';
import type { ProfileEditorProps } from './WhoFields';

type Account = Settings['accounts'][number];

export function AccountsEditor({ settings, onChange, locked }: ProfileEditorProps) {
  const { t } = useI18n();
  const setAccounts = (accounts: Account[]) => onChange({ ...settings, accounts });
  return (
    <>
      {settings.accounts.map((account, index) => (
        <AccountRow
          key={index}
          index={index}
          account={account}
          locked={locked.has(accountLockKey(account))}
          onChange={(patch) => setAccounts(settings.accounts.map((a, i) => (i === index ? { ...a, ...patch } : a)))}
          onRemove={() => setAccounts(settings.accounts.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" onClick={() => setAccounts([...settings.accounts, { platform: 'x', handle: '', kind: 'councillor' }])}>
        {t('options.accounts.add')}
      </button>
      <div class="field">
        <label for="default-kind">{t('options.accounts.defaultKind')}</label>
        <KindSelect id="default-kind" value={settings.defaultAccountKind} onChange={(kind) => onChange({ ...settings, defaultAccountKind: kind })} />
        <p class="hint">{t('options.accounts.defaultKindHint')}</p>
      </div>
    </>
  );
}

interface AccountRowProps {
  index: number;
  account: Account;
  locked: boolean;
  onChange(patch: Partial<Account>): void;
  onRemove(): void;
}

function AccountRow({ index, account, locked, onChange, onRemove }: AccountRowProps) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('options.accounts.account', { number: index + 1 })}</legend>
      <div class="row">
        <div class="field">
          <label for={`account-platform-${index}`}>{t('options.accounts.platform')}</label>
          <select
            id={`account-platform-${index}`}
            value={account.platform}
            disabled={locked}
            onChange={(e) => onChange({ platform: e.currentTarget.value as Account['platform'] })}
          >
            {PLATFORMS.map((platform) => (
              <option value={platform}>{t(`options.platform.${platform}`)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`account-handle-${index}`}>{t('options.accounts.handle')}</label>
          <input
            id={`account-handle-${index}`}
            type="text"
            value={account.handle}
            disabled={locked}
            onInput={(e) => onChange({ handle: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`account-kind-${index}`}>{t('options.accounts.kind')}</label>
          <KindSelect id={`account-kind-${index}`} value={account.kind} disabled={locked} onChange={(kind) => onChange({ kind })} />
        </div>
        {!locked && (
          <button type="button" onClick={onRemove}>
            {t('options.accounts.remove', { handle: account.handle || String(index + 1) })}
          </button>
        )}
      </div>
      {locked && <LockedNote />}
    </fieldset>
  );
}

function KindSelect(props: { id: string; value: AccountKind; disabled?: boolean; onChange(kind: AccountKind): void }) {
  const { t } = useI18n();
  return (
    <select id={props.id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.value as AccountKind)}>
      {ACCOUNT_KINDS.map((kind) => (
        <option value={kind}>{t(`options.kind.${kind}`)}</option>
      ))}
    </select>
  );
}
