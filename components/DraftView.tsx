/** The draft inside the panel, with every finding's span highlighted: the panel covers the composer, so the draft stays in view here. */
import type { Severity } from '../utils/engine/types';
import type { PanelItem } from '../utils/guard/types';

export interface DraftViewProps {
  text: string;
  items: readonly PanelItem[];
  label: string;
}

const RANK = { high: 0, medium: 1, low: 2 } as const satisfies Record<Severity, number>;

/** Splits the text at every span edge; each piece takes the most severe finding that covers it. */
function pieces(text: string, items: readonly PanelItem[]): Array<{ text: string; severity?: Severity }> {
  const spans = items.filter((item) => item.finding.in !== 'quoted').map((item) => item.finding);
  const edges = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].filter((e) => e <= text.length).sort((a, b) => a - b);
  return edges.slice(0, -1).map((start, index) => {
    const end = edges[index + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end).sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    return { text: text.slice(start, end), ...(covering ? { severity: covering.severity } : {}) };
  });
}

export function DraftView({ text, items, label }: DraftViewProps) {
  if (text.trim() === '') return null;
  return (
    <div class="draft" role="group" aria-label={label}>
      {pieces(text, items).map((piece) =>
        piece.severity ? (
          <mark class={`sev-${piece.severity}`} data-field="draft-span">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </div>
  );
}
