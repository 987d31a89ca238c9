/**
 * Reading a Lexical editor (Facebook's composers) as text, as a pure function over the DOM tree,
 * and mapping a text offset back to a DOM position for write-back and selection.
 *
 * Lexical renders one element per block (a <p> per paragraph, as facebook.com does): lines are
 * the blocks joined with \n. Inside a block, text lives in span[data-lexical-text] nodes, a
 * Shift+Enter line break is a <br>, and an emoji may be an <img alt>. Lexical adds one <br> of its
 * own at the end of an empty block, or after a trailing line break, so the caret has a line to sit
 * on (newer versions mark it data-lexical-managed-linebreak; older ones do not, but it is always
 * the block's last child): that one is not text.
 */
import type { DomPoint } from './dom-text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const LIST = new Set(['UL', 'OL']);

/** A run of the text and the DOM points that bound it. */
interface Slot {
  start: number;
  end: number;
  /** The DOM point for a text offset inside [start, end]. */
  point(offset: number): DomPoint;
}

export function readLexicalText(editor: Element): string {
  return lines(editor).join('\n');
}

/**
 * The DOM position of a text offset. 'forward' puts a point that falls between two runs at the
 * start of the later one (a range's start), 'backward' at the end of the earlier one (a range's end).
 * Null when the offset is beyond the text.
 */
export function locateLexicalOffset(editor: Element, offset: number, affinity: 'forward' | 'backward'): DomPoint | null {
  const containing = slots(editor).filter((slot) => slot.start <= offset && offset <= slot.end);
  const slot = affinity === 'forward' ? containing[containing.length - 1] : containing[0];
  return slot ? slot.point(offset) : null;
}

/** The blocks of the editor: its children, or the items of a list. */
export function lexicalBlocks(editor: Element): Element[] {
  const children = Array.from(editor.children).filter((child) => !SKIPPED.has(child.tagName.toUpperCase()));
  if (children.length === 0) return [editor];
  return children.flatMap((child) => (LIST.has(child.tagName.toUpperCase()) ? Array.from(child.children) : [child]));
}

/** Which block (0-based line) a text offset falls in; a range within one block can be typed over. */
export function lexicalLineOf(editor: Element, offset: number): number {
  let seen = 0;
  const all = lines(editor);
  for (let index = 0; index < all.length; index++) {
    seen += all[index]!.length;
    if (offset <= seen) return index;
    seen += 1;
  }
  return all.length - 1;
}

function lines(editor: Element): string[] {
  return lexicalBlocks(editor).map((block) => {
    let text = '';
    inline(block, block, (piece) => (text += piece.text));
    return text;
  });
}

interface Piece {
  node: Node;
  text: string;
  atom: boolean;
}

function inline(block: Element, node: Node, emit: (piece: Piece) => void): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      emit({ node: child, text: (child as Text).data.replace(/\u00a0/g, ' '), atom: false });
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'IMG') emit({ node: element, text: element.getAttribute('alt') ?? '', atom: true });
      else if (tag === 'BR') {
        if (!isPlaceholderBreak(block, element)) emit({ node: element, text: '\n', atom: true });
      } else inline(block, element, emit);
    }
  }
}

function isPlaceholderBreak(block: Element, br: Element): boolean {
  return br.hasAttribute('data-lexical-managed-linebreak') || (br.parentElement === block && block.lastChild === br);
}

function slots(editor: Element): Slot[] {
  const out: Slot[] = [];
  let seen = 0;
  lexicalBlocks(editor).forEach((block, index) => {
    if (index > 0) seen += 1; // the \n between blocks
    const blockStart = seen;
    const before = out.length;
    inline(block, block, (piece) => {
      const start = seen;
      const end = seen + piece.text.length;
      if (piece.atom) {
        const parent = piece.node.parentNode!;
        const at = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
        // Never inside an emoji or a break: before it, or (anywhere past its start) after it.
        out.push({ start, end: start, point: () => ({ node: parent, offset: at }) });
        out.push({ start: start + 1 <= end ? start + 1 : end, end, point: () => ({ node: parent, offset: at + 1 }) });
      } else {
        out.push({ start, end, point: (offset) => ({ node: piece.node, offset: offset - start }) });
      }
      seen = end;
    });
    // An empty paragraph has no text node: the caret goes inside the block itself.
    if (out.length === before) out.push({ start: blockStart, end: blockStart, point: () => ({ node: block, offset: 0 }) });
  });
  return out;
}
