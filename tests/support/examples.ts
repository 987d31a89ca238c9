/** Parses a rule example: [[ ]] marks the exact spans the rule must flag. */
export interface MarkedText {
  text: string;
  spans: Array<{ start: number; end: number }>;
}

export function parseMarked(marked: string): MarkedText {
  const spans: MarkedText['spans'] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`unclosed [[ in example: ${marked}`);
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + 2, close);
    spans.push({ start, end: text.length });
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}
