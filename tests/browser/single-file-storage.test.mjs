// The single file opened from disk: Chromium gives every file:// page one shared localStorage, so
// any other local HTML file can read what the tool saves. The start screen and Settings say so
// and suggest exporting; the site, served over HTTP, says nothing of the kind.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {pathToFileURL} from 'node:url';
import {serve, launch, openPage, loadTool, items, clickItem} from './lib.mjs';
import {singleFile, english} from './privacy-lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function labels(page) { return (await items(page)).map((item) => item.label); }

test('opened from file://, the start screen and Settings say other local files can read its storage', async () => {
  const context = await browser.newContext({viewport: {width: 1100, height: 760}});
  const {page, problems} = await openPage(context, 'file://');
  await loadTool(page, pathToFileURL(singleFile).href);
  assert.ok((await labels(page)).includes(english('start.local_file_storage')));
  await clickItem(page, 'Settings', 'button');
  assert.ok((await labels(page)).includes(english('settings.local_file_storage')));
  // In the user's language too.
  await page.evaluate(() => iccIndex.setLanguage('pl'));
  const polish = (await page.evaluate(() => iccIndex._call('text', {key: 'settings.local_file_storage'}))).text;
  assert.match(polish, /należy je wyeksportować/);
  assert.ok((await labels(page)).includes(polish));
  assert.deepEqual(problems, []);
  await context.close();
});

test('served over HTTP, the tool does not warn about local files', async () => {
  const context = await browser.newContext({viewport: {width: 1100, height: 760}});
  const {page, problems} = await openPage(context, server.url);
  await loadTool(page, server.url);
  assert.ok(!(await labels(page)).includes(english('start.local_file_storage')));
  await clickItem(page, 'Settings', 'button');
  assert.ok(!(await labels(page)).includes(english('settings.local_file_storage')));
  assert.deepEqual(problems, []);
  await context.close();
});
