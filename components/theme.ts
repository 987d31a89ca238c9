/**
 * Light or dark, as the page looks: X paints its theme on <body> (white, "Dim" navy, "Lights out"
 * black) whatever the system setting, so the body colour wins and the system setting is the fallback.
 */
export type Theme = 'light' | 'dark';

export function pageTheme(doc: Document = document): Theme {
  const colour = doc.body ? getComputedStyle(doc.body).backgroundColor : '';
  const rgba = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (rgba && (rgba[4] === undefined || Number(rgba[4]) > 0.5)) {
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
