// The first page in a real browser: it loads, draws, makes no request elsewhere, raises no error,
// and stays quiet while nobody touches it.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {serve, launch, openPage, loadTool, screenshot, settle, distinctColours} from './lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page loads, resolves iccIndex.ready and draws a non-blank canvas', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await settle(page);
  const file = await screenshot(page, 'foundation-start');
  const colours = await distinctColours(page);
  assert.ok(colours > 10, `the canvas looks blank (${colours} colours); see ${file}`);
  assert.equal(await page.locator('#loading').isHidden(), true, 'the loading message is still shown');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas backbuffer follows devicePixelRatio for crisp text', async () => {
  const context = await browser.newContext({viewport: {width: 900, height: 700}, deviceScaleFactor: 2});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await settle(page);
  const size = await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    return {width: canvas.width, height: canvas.height, css: canvas.getBoundingClientRect().width};
  });
  assert.equal(size.width, Math.round(size.css * 2));
  await screenshot(page, 'foundation-hidpi');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an idle page costs nearly no CPU (draws only on demand)', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await settle(page);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const metric = async () => {
    const {metrics} = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value;
  };
  const before = await metric();
  const seconds = 5;
  await page.waitForTimeout(seconds * 1000);
  const busy = (await metric()) - before;
  const percent = (100 * busy) / seconds;
  console.log(`idle CPU over ${seconds} s: ${percent.toFixed(2)}% of a core`);
  assert.ok(percent < 2, `idle page used ${percent.toFixed(2)}% of a core`);
  assert.deepEqual(problems, []);
  await context.close();
});

// Emscripten's GLFW draws no cursors: the app sets the canvas's CSS cursor to what ImGui wants.
test('the mouse cursor is an I-beam over a text field and an arrow elsewhere', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  await page.evaluate(() => iccIndex.newAssessment());
  await settle(page);
  const field = (await page.evaluate(() => iccIndex.items())).items.find((item) => item.target === 'city.name');
  const box = await page.locator('#canvas').boundingBox();
  const cursorAt = async (x, y) => {
    await page.mouse.move(box.x + x, box.y + y);
    await settle(page);
    return page.evaluate(() => document.getElementById('canvas').style.cursor);
  };
  assert.equal(await cursorAt(field.rect[0] + 20, field.rect[1] + field.rect[3] / 2), 'text');
  assert.equal(await cursorAt(5, box.height / 2), 'default');
  assert.deepEqual(problems, []);
  await context.close();
});
