// Which of the wasm's functions a visit runs before it leaves the questionnaire, as a profile for
// binaryen's wasm-split (cmake/SplitWasm.cmake):
//
//   node scripts/wasm_split_profile.mjs <page folder: index.html, index.js, the instrumented index.wasm, the page's scripts> <profile out>
//
// The page is driven in headless Chromium as a city team starts: a first visit in the browser's
// language (a new assessment, the city's name typed, questions answered with the mouse, the
// keyboard and a touch screen, evidence typed and pasted, a right click or a phone's keyboard on a
// field, the areas' sidebar, every interface language chosen, the window resized, the page zoomed,
// the system's theme changed, another tab looked at, the accessible mirror used), then return
// visits that reopen the saved assessment in English, Polish and Ukrainian, and a second tab that
// saves it, on a wide dark and a phone-sized light screen (tests/browser/split-wasm.test.mjs takes
// these steps on the built site). Every function these runs call stays in the
// page's wasm; the rest (results, comparisons, reports, exports, imports, merging, the plan) goes
// into the deferred part, fetched the first time one of them is called.
import fs from 'node:fs';
import {serve, launch, openPage, loadTool, waitReady, settle, items, findItem, clickItem, tabTo, tapItem, tapTextField, rightClickItem,
        hideAndShow, zoomAndBack, catalog} from '../tests/browser/lib.mjs';

const [pageDir, profileOut] = process.argv.slice(2);
if (!pageDir || !profileOut) {
  console.error('usage: node scripts/wasm_split_profile.mjs <page folder> <profile out>');
  process.exit(2);
}
// The labels of the language menu, in the language the page is in.
const catalogs = Object.fromEntries(['en', 'pl', 'uk', 'fr'].map((language) => [language, catalog(language)]));

// The instrumented module's __write_profile(address, size) writes the profile into wasm memory.
async function writeProfile(page) {
  return page.evaluate(() => {
    const exports = window.Module.asm;
    const size = 16 + 4 * 100000;
    const address = window.Module._malloc(size);
    const written = exports.__write_profile(address, size);
    const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
    const bytes = Array.from(new Uint8Array(memory.buffer, address, written));
    window.Module._free(address);
    return bytes;
  });
}

async function answerQuestions(page, touch) {
  const radios = (await items(page)).filter((item) => item.role === 'radio');
  if (!radios.length) throw new Error(`no question on the ${await page.evaluate(() => window.iccIndex.state().screen)} screen`);
  if (touch) {
    await tapItem(page, radios[0]);
    await settle(page);
  } else {
    await clickItem(page, radios[0].label, 'radio');
    await page.mouse.wheel(0, 600);
    await settle(page);
  }
  const evidence = await findItem(page, 'Evidence');
  if (evidence) {
    if (touch) {
      await tapTextField(page, evidence);
    } else {
      await rightClickItem(page, evidence);
      await page.keyboard.press('Escape');
      await clickItem(page, 'Evidence', evidence.role);
    }
    await page.keyboard.type('Council resolution 12/2024, ');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+v');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Minutes online.');
    await settle(page);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await settle(page);
}

// Through the top bar's language menu, as a user switches.
async function chooseLanguage(page, language) {
  const current = await page.evaluate(() => window.iccIndex.state().language);
  await clickItem(page, catalogs[current]['topbar.language'], 'button');
  await clickItem(page, catalogs[current][`language.${language}`], 'radio');
  await page.waitForFunction((wanted) => window.iccIndex.state().language === wanted, language, {timeout: 20000});
  await settle(page);
}

// What leaving the page runs (shell/icc-shell.js, beforeunload and pagehide: the autosave still
// waiting is written). A page being left cannot fetch the deferred part, and a page's profile is
// taken before it goes, so the handlers are run here, in place, with a change still unsaved.
const leave = (page) => page.evaluate(() => {
  window.dispatchEvent(new Event('beforeunload', {cancelable: true}));
  window.dispatchEvent(new Event('pagehide'));
});

// What happens around a city team at work: the window resized or the phone turned, the page
// zoomed, the system's theme changing, another tab looked at, and a screen reader's user choosing
// and typing in the accessible mirror.
async function everydayEvents(page, options) {
  const {width, height} = options.viewport;
  await page.setViewportSize(options.isMobile ? {width: height, height: width} : {width: width - 300, height: height - 100});
  await settle(page);
  await page.setViewportSize({width, height});
  await settle(page);
  await zoomAndBack(page, options.viewport, (options.deviceScaleFactor || 1) * 1.5, Boolean(options.isMobile));
  await settle(page);
  await page.emulateMedia({colorScheme: options.colorScheme === 'dark' ? 'light' : 'dark'});
  await settle(page);
  await page.emulateMedia({colorScheme: options.colorScheme || 'light'});
  await hideAndShow(page);
  await settle(page);
  const option = page.locator('#icc-mirror main [role=radiogroup] input').nth(1);
  await option.focus();
  await page.keyboard.press('Space');
  await settle(page);
  await page.locator('#icc-mirror main textarea, #icc-mirror main input[type=text]').first().fill('Minutes of 3 May.');
  await settle(page);
  await page.locator('#canvas').focus();
}

const saved = (page) => page.waitForFunction(() => !window.iccIndex.state().savePending, null, {timeout: 20000});

async function visit(browser, server, options) {
  const context = await browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
  const {page, problems} = await openPage(context, server.url);
  const profiles = [];
  await loadTool(page, server.url);
  // The start's own time stamps (src/app/main_web.cpp), which ./build.sh bench reads at ready.
  await page.evaluate(() => { for (let step = 0; step < 5; step++) window.Module._icc_start_milliseconds(step); });
  for (const language of ['pl', 'uk', 'fr', 'en']) await chooseLanguage(page, language);
  await clickItem(page, 'Start a new assessment', 'button');
  if (options.hasTouch) {
    await tapTextField(page, await findItem(page, 'City name', 'textbox'));
    await page.keyboard.type('Львів');
  } else {
    await clickItem(page, 'City name', 'textbox');
    await page.keyboard.type('Łódź');
  }
  await tabTo(page, 'Go to the questions');
  await page.keyboard.press('Enter');
  await settle(page);
  await answerQuestions(page, options.hasTouch);
  await everydayEvents(page, options);
  // The next area, through the sidebar (a phone shows it behind its menu button).
  if (await findItem(page, 'Education', 'button')) {
    await clickItem(page, 'Education', 'button');
    await answerQuestions(page, options.hasTouch);
  }
  await saved(page);
  profiles.push(await writeProfile(page));
  // Return visits: the saved assessment reopens where it was left, in English, Polish and
  // Ukrainian (each chosen on the questionnaire); then a second tab saves the same assessment.
  for (const language of ['en', 'pl', 'uk']) {
    if (language !== 'en') await chooseLanguage(page, language);
    await page.reload();
    await waitReady(page);
    await answerQuestions(page, options.hasTouch);
    await leave(page);
    await saved(page);
  }
  const secondTab = await context.newPage();
  await loadTool(secondTab, server.url);
  await answerQuestions(secondTab, options.hasTouch);
  await saved(secondTab);
  await secondTab.close();
  await settle(page);
  profiles.push(await writeProfile(page));
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return profiles;
}

const server = await serve(pageDir);
const browser = await launch();
try {
  const profiles = [
    // In the browser's language first (the page starts in it), on a dark and a light system.
    ...await visit(browser, server, {viewport: {width: 1280, height: 800}, locale: 'pl-PL', colorScheme: 'dark'}),
    ...await visit(browser, server, {viewport: {width: 360, height: 740}, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
                                     locale: 'uk-UA'}),
  ];
  // wasm-split --merge-profiles reads them from files.
  profiles.forEach((bytes, i) => fs.writeFileSync(`${profileOut}.${i}`, Buffer.from(bytes)));
  console.log(profiles.map((_, i) => `${profileOut}.${i}`).join('\n'));
} finally {
  await browser.close();
  await server.close();
}
