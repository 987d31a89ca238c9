/**
 * happy-dom pages for unit tests of the platform readers. happy-dom has no layout, innerText or
 * execCommand, which is the point: readers must work on the DOM tree alone.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { xReplicaHtml } from '../fixtures/x/replica';

export const X_REAL_DIR = '/work/shared/fixtures/x-real';

/** A static page: markup only, scripts not run. */
export function staticPage(html: string, url = 'https://x.com/home'): Window {
  const window = new Window({ url });
  window.document.body.innerHTML = html;
  return window;
}

export interface FixtureComposer {
  element: HTMLElement;
  button: HTMLElement;
  text(): string;
  setText(text: string): void;
}

export interface XFixtureWindow extends Window {
  __composers: Record<string, FixtureComposer>;
  __openModal(): void;
}

/** The X replica with its own script running (its Draft.js-like renderer is the model under test). */
export async function xFixturePage(query = ''): Promise<XFixtureWindow> {
  const window = new Window({ url: `https://x.com/home${query}`, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  window.document.write(xReplicaHtml(new URL(`https://x.com/home${query}`)));
  await window.happyDOM.waitUntilComplete();
  return window as unknown as XFixtureWindow;
}

export function readXReal(name: string): string {
  return readFileSync(`${X_REAL_DIR}/${name}`, 'utf8');
}
