/**
 * npm run bench:page — what the extension costs a page, in Debian's Chromium on the X replica
 * (not a test: the figures go into README "## Measured"). Needs a build: E2E_EXTENSION_DIR or
 * .output/chrome-mv3 (npx wxt build).
 *
 * 1. Typing: 500 characters typed key by key (page.keyboard.type) into the home composer, in a
 *    browser without the extension and one with it, launched side by side and measured in
 *    alternation so that load on this shared machine falls on both alike. Two figures per run:
 *    wall time from the first key until the page has processed the last one (a frame after it),
 *    and the renderer main thread's busy time (CDP Performance.getMetrics TaskDuration) over the
 *    typing plus 600 ms, so the live-hint check 400 ms after the last key is counted too.
 *    A third side controls for the two browsers differing in more than the content script: the
 *    extension's own browser with the replica served at an origin the content script does not match.
 * 2. Panel: a 280-character risky draft, time from the Post click (the mouse release's own
 *    timeStamp) to the first frame painted with the panel in it, measured in the page. Cold: the
 *    first Post on a freshly loaded page; warm: Post again on the same page after Edit.
 *
 * Output: medians and p95 on stdout, with the load average, and bench/results/page-cost.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, ROOT, X_SITE } from '../tests/support/chromium';

const QUICK = process.argv.includes('--quick');
const TYPING_RUNS = QUICK ? 3 : 15;
const PANEL_RUNS = QUICK ? 5 : 30;
const SETTLE_MS = 600;
const CONTROL_ORIGIN = 'https://replica.example';
const EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const POST = '[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]';

/** A councillor's ordinary update, clean apart from what low-severity hints may note: 500 characters. */
const TYPED = (
  'Thanks to everyone who came to the ward surgery at the library on Saturday. The main issues raised were potholes on Mill Lane, ' +
  'the bus timetable changes and the consultation on the new cycle route. I have passed the pothole reports to highways and will ' +
  'report back once I hear. The cycle route consultation closes on 14 March and you can respond online or at the library. ' +
  'Next surgery is on the first Saturday of next month, 10am to 12pm, all welcome as always. Please share with neighbours, thank you.'
).padEnd(500, ' thanks').slice(0, 500);

/** Risky (a resident's NI number and phone), 280 characters. */
const RISKY = (
  "Update on Mrs Price's housing case: her NI number is AB123456C and she can be reached on 07700 900456 if the housing officer " +
  'needs anything more. I have asked for the repairs to be done before the end of the month and will keep chasing until they are. ' +
  'Thanks to all who got in touch about it.'
).padEnd(280, ' .').slice(0, 280);

interface Stats {
  n: number;
  median: number;
  p95: number;
}
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95) };
}
const ms = (value: number) => value.toFixed(1);
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

/** The same browser and replica, without the extension: the baseline. */
async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cpc-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath()!,
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-extensions'],
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const answer = url.origin === X_SITE.origin ? X_SITE.serve(url) : null;
    return answer ? route.fulfill({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body }) : route.abort('blockedbyclient');
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function clearEditor(page: Page) {
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForTimeout(SETTLE_MS); // any pending hint check runs now, not during the next run
}

async function typingRun(page: Page, cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>) {
  await page.bringToFront(); // a background tab gets no frames
  await clearEditor(page);
  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (name: string) => (all.find((metric) => metric.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const before = await metrics();
  const started = performance.now();
  await page.keyboard.type(TYPED);
  await nextFrame(page);
  const wall = performance.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics();
  const mainThread = after.task - before.task;
  const script = after.script - before.script;
  const typed = await page.evaluate((editor) => document.querySelector(editor)!.textContent!.length, EDITOR);
  if (typed !== TYPED.length) throw new Error(`typed ${typed} characters, expected ${TYPED.length}`);
  return { wall, mainThread, script };
}

/** Click → first frame painted with the panel, timed inside the page from the click's own timestamp. */
async function panelRun(page: Page): Promise<number> {
  await page.evaluate(() => {
    const host = document.querySelector('councillor-post-check')!;
    const w = window as unknown as { __panelMs?: Promise<number> };
    w.__panelMs = new Promise((resolve) => {
      let clickAt = 0;
      // mouseup, not click: the guard stops the click's propagation at window before any later listener.
      window.addEventListener('mouseup', (event) => (clickAt = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!host.shadowRoot!.querySelector('[role="alertdialog"]')) return;
        observer.disconnect();
        // rAF runs before the frame is painted; a task posted from it runs after.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickAt), 0));
      });
      observer.observe(host.shadowRoot!, { childList: true, subtree: true });
    });
  });
  await page.locator(POST).click();
  const elapsed = await page.evaluate(() => (window as unknown as { __panelMs: Promise<number> }).__panelMs);
  await page.keyboard.press('Escape'); // Edit: the panel closes, the draft stays
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  return elapsed;
}

async function openX(context: BrowserContext, origin: string, withExtension: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/home`);
  if (withExtension) await page.locator('councillor-post-check').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator(EDITOR).waitFor();
  return page;
}

async function main() {
  if (!chromiumPath()) throw new Error('Chromium not found: bash scripts/setup-chromium.sh');
  const loadAtStart = load();
  console.log(`Page-cost bench: Debian Chromium, X replica, load average at start ${loadAtStart}${QUICK ? ', --quick' : ''}`);

  const plain = await launchPlain();
  const extended = await launchWithExtension({ sites: [X_SITE, { origin: CONTROL_ORIGIN, serve: X_SITE.serve }] });
  const pages = {
    without: await openX(plain.context, X_SITE.origin, false),
    control: await openX(extended.context, CONTROL_ORIGIN, false),
    with: await openX(extended.context, X_SITE.origin, true),
  };
  if (await pages.control.locator('councillor-post-check').count()) throw new Error('the content script ran on the control origin');
  const sides = ['without', 'control', 'with'] as const;
  type Side = (typeof sides)[number];
  const cdp = Object.fromEntries(
    await Promise.all(sides.map(async (side) => [side, await pages[side].context().newCDPSession(pages[side])] as const)),
  ) as Record<Side, Awaited<ReturnType<BrowserContext['newCDPSession']>>>;
  await Promise.all(sides.map((side) => cdp[side].send('Performance.enable')));

  const typing = Object.fromEntries(sides.map((side) => [side, { wall: [] as number[], main: [] as number[], script: [] as number[] }])) as Record<
    Side,
    { wall: number[]; main: number[]; script: number[] }
  >;
  for (const side of sides) await typingRun(pages[side], cdp[side]); // warm-up, not counted
  for (let run = 0; run < TYPING_RUNS; run++) {
    // Rotate which goes first, so a load spike does not always land on the same side.
    const order = sides.map((_, index) => sides[(index + run) % sides.length]!);
    for (const side of order) {
      const { wall, mainThread, script } = await typingRun(pages[side], cdp[side]);
      typing[side].wall.push(wall);
      typing[side].main.push(mainThread);
      typing[side].script.push(script);
    }
  }
  const loadAfterTyping = load();
  await plain.close();
  await pages.control.close();

  // Panel, warm: the same page, Post → Edit → Post…
  const page = pages.with;
  await clearEditor(page);
  await page.keyboard.insertText(RISKY);
  await panelRun(page); // warm-up
  const warm: number[] = [];
  for (let run = 0; run < PANEL_RUNS; run++) warm.push(await panelRun(page));
  await page.close();

  // Panel, cold: the first Post on a freshly loaded page (after the content script's idle warm-up).
  const cold: number[] = [];
  for (let run = 0; run < PANEL_RUNS; run++) {
    const fresh = await openX(extended.context, X_SITE.origin, true);
    await fresh.locator(EDITOR).click();
    await fresh.keyboard.insertText(RISKY);
    await fresh.waitForTimeout(SETTLE_MS);
    cold.push(await panelRun(fresh));
    await fresh.close();
  }
  await extended.close();
  const loadAtEnd = load();

  const result = {
    at: new Date().toISOString(),
    load: { start: loadAtStart, afterTyping: loadAfterTyping, end: loadAtEnd },
    typing: {
      characters: TYPED.length,
      runs: TYPING_RUNS,
      wallMs: Object.fromEntries(sides.map((side) => [side, stats(typing[side].wall)])) as Record<Side, Stats>,
      mainThreadMs: Object.fromEntries(sides.map((side) => [side, stats(typing[side].main)])) as Record<Side, Stats>,
      scriptMs: Object.fromEntries(sides.map((side) => [side, stats(typing[side].script)])) as Record<Side, Stats>,
    },
    panel: { characters: RISKY.length, warmMs: stats(warm), coldMs: stats(cold) },
  };
  const overhead = (key: 'wallMs' | 'mainThreadMs' | 'scriptMs', base: Side) =>
    `${((result.typing[key].with.median / result.typing[key][base].median - 1) * 100).toFixed(1)}%`;
  const labels = { wallMs: 'first key → last key processed', mainThreadMs: 'main-thread busy, typing + 600 ms', scriptMs: 'of which script' } as const;

  console.log(`\nTyping ${TYPED.length} characters, ${TYPING_RUNS} runs per side (median / p95, ms)`);
  for (const key of ['wallMs', 'mainThreadMs', 'scriptMs'] as const) {
    const line = sides.map((side) => `${side} ${ms(result.typing[key][side].median)} / ${ms(result.typing[key][side].p95)}`).join(', ');
    console.log(`  ${labels[key]}: ${line}; overhead vs without ${overhead(key, 'without')}, vs control ${overhead(key, 'control')} (target < 5%)`);
  }
  console.log(`\nPost click → panel painted, ${RISKY.length}-character risky draft, ${PANEL_RUNS} runs each (median / p95, ms; target < 50)`);
  console.log(`  warm: ${ms(result.panel.warmMs.median)} / ${ms(result.panel.warmMs.p95)}`);
  console.log(`  cold: ${ms(result.panel.coldMs.median)} / ${ms(result.panel.coldMs.p95)}`);
  console.log(`\nLoad average: start ${loadAtStart}, after typing ${loadAfterTyping}, end ${loadAtEnd}`);

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/page-cost.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
