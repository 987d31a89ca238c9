/**
 * Reading rich-text editors and posts as text, as a pure function over the DOM tree: no layout,
 * no innerText (absent in happy-dom, and it depends on CSS), no live editor objects. The same walk
 * maps a text offset back to a DOM position, so a finding's span can be selected for write-back.
 *
 * Draft.js (X's composer): one div[data-block="true"] per line, lines joined with \n; an empty
 * line is a lone <br data-text="true">. Elsewhere (a post's tweetText): text nodes as they are
 * (X keeps \n in them with white-space: pre-wrap) and <br> as \n. Everywhere: an emoji <img>
 * reads as its alt text, and a no-break space as a space (same length, so offsets still match).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** One contiguous piece of the text: a text node, an atom (emoji image, <br>) or a line break between blocks. */
interface Piece {
  /** null for the \n between two Draft.js blocks. */
  node: Node | null;
  text: string;
  atom: boolean;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export function readRichText(root: Node): string {
  return pieces(root)
    .map((piece) => piece.text)
    .join('');
}

/**
 * The DOM position of a text offset. `affinity: 'forward'` puts a point that falls between two
 * nodes at the start of the later one (use it for a range's start), 'backward' at the end of the
 * earlier one (a range's end). Null when the offset is beyond the text.
 */
export function locateOffset(root: Node, offset: number, affinity: 'forward' | 'backward'): DomPoint | null {
  let seen = 0;
  let last: DomPoint | null = null;
  for (const piece of pieces(root)) {
    const length = piece.text.length;
    const end = seen + length;
    if (piece.node && !piece.atom) {
      if (offset < end || (offset === end && affinity === 'backward') || (offset === seen && length === 0)) {
        if (offset >= seen) return { node: piece.node, offset: offset - seen };
      }
      last = { node: piece.node, offset: length };
    } else if (piece.node) {
      const before = pointBefore(piece.node);
      const after = { node: before.node, offset: before.offset + 1 };
      if (offset === seen && (affinity === 'forward' || !last)) return before;
      if (offset > seen && offset < end) return after; // inside an emoji: snap past it
      last = after;
    } else if (offset === seen && last) {
      return last; // end of a block, reached from its own side
    }
    seen = end;
  }
  return offset === seen ? last : null;
}

function pointBefore(node: Node): DomPoint {
  const parent = node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) as number };
}

function pieces(root: Node): Piece[] {
  const blocks = draftBlocks(root);
  const out: Piece[] = [];
  if (!blocks) {
    walk(root, out, false);
    return out;
  }
  blocks.forEach((block, index) => {
    if (index > 0) out.push({ node: null, text: '\n', atom: false });
    walk(block, out, true);
  });
  return out;
}

function draftBlocks(root: Node): Element[] | null {
  if (root.nodeType !== ELEMENT_NODE) return null;
  const element = root as Element;
  const contents = element.matches('[data-contents="true"]') ? element : element.querySelector('[data-contents="true"]');
  if (!contents) return null;
  // Draft.js nests blocks only inside list wrappers; a block inside a block would be read twice.
  return Array.from(contents.querySelectorAll('[data-block="true"]')).filter(
    (block) => !block.parentElement?.closest('[data-block="true"]'),
  );
}

function walk(node: Node, out: Piece[], inDraftBlock: boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      out.push({ node: child, text: (child as Text).data.replace(/\u00a0/g, ' '), atom: false });
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'IMG') out.push({ node: element, text: element.getAttribute('alt') ?? '', atom: true });
      // In Draft.js a <br> only marks an empty line: the line break is the block boundary.
      else if (tag === 'BR') out.push({ node: element, text: inDraftBlock ? '' : '\n', atom: true });
      else walk(element, out, inDraftBlock);
    }
  }
}
