/** The overlay follows the page's own theme, not only the system setting. */
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { pageTheme } from '../../components/theme';

const windows: Window[] = [];
afterEach(async () => Promise.all(windows.splice(0).map((window) => window.happyDOM.close())));

function page(html: string, body = ''): Document {
  const window = new Window({ url: 'https://example.org/' });
  windows.push(window);
  window.document.write(`<html ${html}><body ${body}></body></html>`);
  return window.document as unknown as Document;
}

describe('pageTheme', () => {
  it("reads Facebook's class on <html>, whatever the body colour", () => {
    expect(pageTheme(page('class="__fb-dark-mode"', 'style="background-color: rgb(255, 255, 255)"'))).toBe('dark');
    expect(pageTheme(page('class="__fb-light-mode"', 'style="background-color: rgb(0, 0, 0)"'))).toBe('light');
  });

  it("reads X's body colour: Lights out and Dim are dark, the default is light", () => {
    expect(pageTheme(page('', 'style="background-color: rgb(0, 0, 0)"'))).toBe('dark');
    expect(pageTheme(page('', 'style="background-color: rgb(21, 32, 43)"'))).toBe('dark');
    expect(pageTheme(page('', 'style="background-color: rgb(255, 255, 255)"'))).toBe('light');
  });
});
