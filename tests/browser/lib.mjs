// Shared pieces of the browser tests: a static file server on loopback, Debian's Chromium driven
// by playwright-core, and a page that fails the test on errors or requests to other origins.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const siteDir = process.env.ICC_SITE_DIR || path.join(repoRoot, 'build/web/site');
export const artifactsDir = process.env.ICC_ARTIFACTS_DIR || path.join(repoRoot, 'build/browser-tests');

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf',
};

// Serves `root` on 127.0.0.1 at a free port. Returns {url, close}. With `precompressed`, a file's
// .br or .gz copy (scripts/precompress.mjs) is sent when the browser accepts that encoding, as the
// README's server examples do. `headers` go with every response (a server's own policy, say).
export async function serve(root = siteDir, {precompressed = false, headers: extraHeaders = {}} = {}) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const headers = {'Content-Type': mimeTypes[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store',
                     ...extraHeaders};
    let sent = file;
    if (precompressed) {
      const accepted = String(request.headers['accept-encoding'] || '');
      const encoding = [['br', '.br'], ['gzip', '.gz']].find(([name, suffix]) => accepted.includes(name) && fs.existsSync(file + suffix));
      if (encoding) { sent = file + encoding[1]; headers['Content-Encoding'] = encoding[0]; headers['Vary'] = 'Accept-Encoding'; }
    }
    fs.readFile(sent, (error, data) => {
      if (error) { response.writeHead(404).end('not found'); return; }
      response.writeHead(200, headers);
      response.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((r) => server.close(r))};
}

export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch() {
  return chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs});
}

// A page that records console errors, page errors and every request outside `allowedOrigin`.
export async function openPage(context, allowedOrigin) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(allowedOrigin)) problems.push(`request to another origin: ${url}`);
  });
  return {page, problems};
}

// Loads the tool and waits for window.iccIndex.ready.
export async function loadTool(page, url) {
  await page.goto(url);
  await waitReady(page);
}

// Waits for the page already loading (after page.reload(), say) to resolve iccIndex.ready.
export async function waitReady(page) {
  await page.waitForFunction(() => window.iccIndex && window.iccIndex.ready, null, {timeout: 20000});
  await page.evaluate(() => window.iccIndex.ready);
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, {recursive: true});
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({path: file});
  return file;
}

// Waits until the app has drawn the frames an input or an API call asked for (iccIndex.drawn()),
// and the accessible mirror has caught up with them (it rebuilds in a task after the frame).
export async function settle(page) {
  await page.evaluate(() => window.iccIndex.drawn());
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

// How many colours a screenshot of the page has (downscaled): 1 means a blank page. WebGL clears
// its buffer after each frame, so the canvas itself cannot be read back; a screenshot can.
export async function distinctColours(page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + data;
    await image.decode();
    const copy = document.createElement('canvas');
    copy.width = 160; copy.height = 100;
    const context2d = copy.getContext('2d');
    context2d.drawImage(image, 0, 0, copy.width, copy.height);
    const pixels = context2d.getImageData(0, 0, copy.width, copy.height).data;
    const seen = new Set();
    for (let i = 0; i < pixels.length; i += 4) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return seen.size;
  }, png);
}

// The current screen's items (role, label, state, place), from the app's own semantics, in a page
// or a frame.
export async function items(page) {
  await page.evaluate(() => window.iccIndex.items());  // switches collection on (and draws a frame)
  await settle(page);
  return (await page.evaluate(() => window.iccIndex.items())).items;
}

// The first item whose label is `label` (and role `role`, if given), or undefined.
export async function findItem(page, label, role) {
  const list = await items(page);
  return list.find((item) => item.label === label && (!role || item.role === role) && item.rect);
}

// Clicks the centre of the item labelled `label`, as a user would with the mouse.
export async function clickItem(page, label, role) {
  const item = await findItem(page, label, role);
  if (!item) throw new Error(`no item "${label}" on screen`);
  const box = await page.locator('#canvas').boundingBox();
  const [x, y, width, height] = item.rect;
  await page.mouse.click(box.x + x + width / 2, box.y + y + height / 2);
  await settle(page);
  // Typing only reaches a text field once a frame has made it active: wait for that frame
  // (slow on a busy machine with software WebGL).
  if (item.role === 'textbox' || item.role === 'textarea') {
    for (let i = 0; i < 50; i++) {
      const now = (await items(page)).find((other) => other.id === item.id);
      if (now && now.focused) break;
      await settle(page);
    }
  }
  return item;
}

// A point near the left edge of an item from items(), in the page (where a radio's circle is).
async function pointNear(page, item) {
  const box = await page.locator('#canvas').boundingBox();
  return [box.x + item.rect[0] + 24, box.y + item.rect[1] + item.rect[3] / 2];
}

// Taps an item from items() with a finger, as on a touch screen.
export async function tapItem(page, item) {
  await page.touchscreen.tap(...await pointNear(page, item));
}

// Taps a text field on a phone: its editor takes the focus, the keyboard opens and the visible
// part of the page shrinks (headless Chromium has no keyboard to open: the resize is sent).
export async function tapTextField(page, item) {
  await tapItem(page, item);
  await page.evaluate(() => window.visualViewport.dispatchEvent(new Event('resize')));
}

// Right-clicks an item from items(): on a text field, the editor's menu (paste, spelling) opens.
export async function rightClickItem(page, item) {
  await page.mouse.click(...await pointNear(page, item), {button: 'right'});
}

// The page hidden, as when the user looks at another tab, and shown again.
export const hideAndShow = (page) => page.evaluate(() => {
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});
  document.dispatchEvent(new Event('visibilitychange'));
  delete document.hidden;
  document.dispatchEvent(new Event('visibilitychange'));
});

// The page zoomed (the browser's zoom changes devicePixelRatio), then back.
export async function zoomAndBack(page, {width, height}, pixelRatio, mobile = false) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {width, height, deviceScaleFactor: pixelRatio, mobile});
  await settle(page);
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
}

// The interface texts of `language` (assets/i18n), to find controls by their labels.
export const catalog = (language) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/i18n', `${language}.json`), 'utf8'));

// Presses Tab until the item labelled `label` has keyboard focus (at most `limit` times).
export async function tabTo(page, label, limit = 60) {
  for (let i = 0; i < limit; i++) {
    const focused = (await items(page)).find((item) => item.focused);
    if (focused && focused.label === label) return focused;
    await page.keyboard.press('Tab');
    await settle(page);
  }
  throw new Error(`Tab never reached "${label}"`);
}
