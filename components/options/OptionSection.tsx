/**
 * One settings section: a region headed by its name. Every section stays mounted and only the
 * current one is shown, so a half-typed form in another section is still there on return.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../shared/i18n';
import type { SectionId } from './use-section';

export function OptionSection({ id, current, moved, children }: { id: SectionId; current: SectionId; moved: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  const shown = id === current;
  const heading = useRef<HTMLHeadingElement>(null);
  // After the user picks a section, its heading takes focus: keyboard and screen-reader users
  // start at the top of what they chose rather than back in the list of sections.
  useLayoutEffect(() => {
    if (shown && moved) heading.current?.focus();
  }, [shown, moved]);
  return (
    <section id={id} class="options-section" aria-labelledby={`${id}-heading`} hidden={!shown}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t(`options.nav.${id}`)}
      </h2>
      {children}
    </section>
  );
}
