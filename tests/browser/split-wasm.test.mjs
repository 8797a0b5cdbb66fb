// The site's wasm is in two parts (cmake/SplitWasm.cmake): what filling in the questionnaire runs,
// and the rest, fetched synchronously the first time one of its functions is called. A city team
// filling in the questionnaire must never wait for that fetch, whatever its browser, screen or way
// of working: each step below is one a user takes, and after each the deferred part must still be
// unfetched. (The profile run, scripts/wasm_split_profile.mjs, takes these steps too: a step missing
// there shows here.)
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {serve, launch, openPage, loadTool, settle, items, findItem, clickItem, tabTo, tapItem, tapTextField, rightClickItem,
        hideAndShow, zoomAndBack, catalog} from './lib.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Runs `steps` ([name, async function]) and returns the names of those after which the deferred
// part had been requested (only the first that needed it, as it is then loaded).
async function stepsNeedingTheDeferredPart(page, steps) {
  let requested = false;
  page.on('request', (request) => { if (request.url().includes('index-deferred.')) requested = true; });
  const needing = [];
  for (const [name, step] of steps) {
    await step();
    await settle(page);
    if (requested && !needing.length) needing.push(name);
  }
  return needing;
}

const answerFirstQuestion = (page) => async () => {
  const radio = (await items(page)).find((item) => item.role === 'radio' && item.rect);
  if (!radio) throw new Error('no question on the ' + (await page.evaluate(() => iccIndex.state().screen)) + ' screen');
  await clickItem(page, radio.label, 'radio');
};

test('a first visit in Polish on a dark system, resized and zoomed, and worked through the mirror, never waits for the deferred part', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, locale: 'pl-PL', colorScheme: 'dark'});
  const {page, problems} = await openPage(context, server.url);
  const pl = catalog('pl');
  const needing = await stepsNeedingTheDeferredPart(page, [
    ['loading the tool in the browser\'s language', () => loadTool(page, server.url)],
    ['starting an assessment', () => clickItem(page, pl['start.new'], 'button')],
    ['typing the city\'s name', async () => {
      await clickItem(page, pl['profile.name'], 'textbox');
      await page.keyboard.type('Łódź');
    }],
    ['opening the questionnaire with the keyboard', async () => {
      await tabTo(page, pl['profile.to_questions']);
      await page.keyboard.press('Enter');
    }],
    ['answering on the canvas', answerFirstQuestion(page)],
    ['a right click on a text field (the paste menu)', async () => {
      await rightClickItem(page, (await items(page)).find((item) => (item.role === 'textbox' || item.role === 'textarea') && item.rect));
      await page.keyboard.press('Escape');
    }],
    ['resizing the window', async () => {
      await page.setViewportSize({width: 900, height: 700});
      await settle(page);
      await page.setViewportSize({width: 1280, height: 800});
    }],
    ['zooming the page', () => zoomAndBack(page, {width: 1280, height: 800}, 1.5)],
    ['the system switching to a light theme', () => page.emulateMedia({colorScheme: 'light'})],
    ['choosing an option in the mirror', async () => {
      const option = page.locator('#icc-mirror main [role=radiogroup] input').nth(1);
      await option.focus();
      await page.keyboard.press('Space');
    }],
    ['typing an evidence in the mirror', async () => {
      const field = page.locator('#icc-mirror main textarea, #icc-mirror main input[type=text]').first();
      await field.fill('Uchwała Rady Miasta');
    }],
    ['switching to another tab and back', () => hideAndShow(page)],
  ]);
  assert.deepEqual(needing, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a phone filling in the questionnaire in Ukrainian, its keyboard open and turned sideways, never waits for the deferred part', async () => {
  const context = await browser.newContext({viewport: {width: 360, height: 740}, hasTouch: true, isMobile: true,
                                            deviceScaleFactor: 2, locale: 'uk-UA'});
  const {page, problems} = await openPage(context, server.url);
  const uk = catalog('uk');
  const tap = async (label, role) => tapItem(page, await findItem(page, label, role));
  const needing = await stepsNeedingTheDeferredPart(page, [
    ['loading the tool in the browser\'s language', () => loadTool(page, server.url)],
    ['starting an assessment', () => tap(uk['start.new'], 'button')],
    ['tapping the name field, the keyboard opening', async () => {
      await tapTextField(page, await findItem(page, uk['profile.name'], 'textbox'));
      await page.keyboard.type('Львів');
    }],
    ['opening the questionnaire', () => tap(uk['profile.to_questions'], 'button')],
    ['turning the phone sideways and back', async () => {
      await page.setViewportSize({width: 740, height: 360});
      await settle(page);
      await page.setViewportSize({width: 360, height: 740});
    }],
  ]);
  assert.deepEqual(needing, []);
  assert.deepEqual(problems, []);
  await context.close();
});
