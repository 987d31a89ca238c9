/**
 * Light or dark, as the page looks. Facebook marks its theme with a class on <html>
 * (`__fb-dark-mode` / `__fb-light-mode`) and leaves <body> transparent; X paints its theme on
 * <body> (white, "Dim" navy, "Lights out" black) whatever the system setting. So: Facebook's
 * class, then the body colour, then the system setting.
 */
export type Theme = 'light' | 'dark';

export function pageTheme(doc: Document = document): Theme {
  const classes = doc.documentElement?.classList;
  if (classes?.contains('__fb-dark-mode')) return 'dark';
  if (classes?.contains('__fb-light-mode')) return 'light';
  const colour = doc.body && doc.defaultView ? doc.defaultView.getComputedStyle(doc.body).backgroundColor : '';
  const rgba = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (rgba && (rgba[4] === undefined || Number(rgba[4]) > 0.5)) {
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
