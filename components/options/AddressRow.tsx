/** A web address box and the button that fetches from it, as both site imports ask for one. */
export interface AddressRowProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onInput(value: string): void;
  action: string;
  busy: boolean;
  disabled?: boolean;
}

export function AddressRow({ id, label, placeholder, value, onInput, action, busy, disabled = false }: AddressRowProps) {
  return (
    <div class="row">
      <div class="field">
        <label for={id}>{label}</label>
        <input id={id} type="url" inputMode="url" placeholder={placeholder} value={value} disabled={disabled} onInput={(e) => onInput(e.currentTarget.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {action}
      </button>
    </div>
  );
}
