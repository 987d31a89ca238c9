/**
 * Renders assets-src/icon.svg to the PNG sizes the stores and the toolbar ask for (16, 32, 48, 96,
 * 128) in public/icon/, with Debian's Chromium through playwright-core: the browser's own SVG
 * renderer, already a test dependency, so no image library is added. The PNGs are committed (the
 * build only copies them); run `npm run icons` after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, MISSING_CHROMIUM } from '../tests/support/chromium';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const executablePath = chromiumPath();
if (!executablePath) throw new Error(MISSING_CHROMIUM);
const svg = readFileSync('assets-src/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(`Wrote public/icon/{${ICON_SIZES.join(',')}}.png\n`);
