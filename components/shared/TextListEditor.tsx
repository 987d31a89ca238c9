/**
 * A short list of one-line texts (committees, contact details): one labelled box per entry, a
 * remove button naming what it removes, and an add button that moves focus to the new box.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface TextListEditorProps {
  idPrefix: string;
  items: readonly string[];
  onChange(items: string[]): void;
  /** "Committee 2": the visible label of each box. */
  itemLabel(index: number): string;
  removeLabel(item: string, index: number): string;
  addLabel: string;
  /** Shown after each box, e.g. the committee's kind. */
  after?(item: string): ComponentChildren;
  disabled?: boolean;
}

export function TextListEditor(props: TextListEditorProps) {
  const { idPrefix, items, onChange } = props;
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(`${idPrefix}-${focusIndex.current}`)?.focus();
    focusIndex.current = null;
  });

  const update = (index: number, value: string) => onChange(items.map((item, i) => (i === index ? value : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  const add = () => {
    focusIndex.current = items.length;
    onChange([...items, '']);
  };

  return (
    <div class="text-list">
      {items.map((item, index) => (
        <div class="row" key={index}>
          <div class="field">
            <label for={`${idPrefix}-${index}`}>{props.itemLabel(index)}</label>
            <input
              id={`${idPrefix}-${index}`}
              type="text"
              value={item}
              disabled={props.disabled}
              onInput={(event) => update(index, event.currentTarget.value)}
            />
          </div>
          {props.after?.(item)}
          {!props.disabled && (
            <button type="button" onClick={() => remove(index)}>
              {props.removeLabel(item, index)}
            </button>
          )}
        </div>
      ))}
      {!props.disabled && (
        <button type="button" onClick={add}>
          {props.addLabel}
        </button>
      )}
    </div>
  );
}
