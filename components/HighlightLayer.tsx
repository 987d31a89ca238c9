/**
 * Highlights over the finding spans, drawn in the overlay (never inside the site's editor, which
 * would break Draft.js and Lexical). Decorative for assistive technology: the indicator's list
 * carries the same findings in words. Never takes a click: the text underneath stays editable.
 */
import type { Highlight } from '../utils/guard/live-hints';

export function HighlightLayer({ highlights }: { highlights: Highlight[] }) {
  return (
    <div class="highlights" aria-hidden="true">
      {highlights.flatMap((highlight, index) =>
        highlight.rects.map((rect, line) => (
          <div
            key={`${index}:${line}`}
            class={`hl sev-${highlight.severity}`}
            data-severity={highlight.severity}
            style={{ top: `${rect.top}px`, left: `${rect.left}px`, width: `${rect.width}px`, height: `${rect.height}px` }}
          />
        )),
      )}
    </div>
  );
}
