// Helpers of the deployment, embedding and privacy tests: where the builds are, a copy of the site
// in a nested folder, and watchers for requests and Content-Security-Policy violations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {siteDir, repoRoot} from './lib.mjs';

// The single-file build sits beside the site: build/web/single/icc-index.html.
export const singleFile = process.env.ICC_SINGLE_FILE || path.join(siteDir, '..', 'single', 'icc-index.html');

// A fresh folder holding the site at `subPath` (e.g. "city/tools/icc"), for serving from elsewhere.
export function copySite(subPath) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'icc-site-'));
  const target = path.join(root, subPath);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.cpSync(siteDir, target, {recursive: true});
  return {root, target, remove: () => fs.rmSync(root, {recursive: true, force: true})};
}

// A test fixture's path (tests/data/...).
export function fixture(name) { return path.join(repoRoot, 'tests/data', name); }

// Collects every `securitypolicyviolation` in every frame of the context, into window.__cspViolations.
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
}

// The CSP violations a frame (or page) saw so far.
export function cspViolations(frame) { return frame.evaluate(() => window.__cspViolations || []); }

// Records the URL of every request the page and its frames make (downloads and data: included).
export function recordRequests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

// The requests that went anywhere but `origins` (data: and blob: URLs never leave the browser).
export function requestsElsewhere(urls, origins) {
  return urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') &&
                              !origins.some((origin) => url.startsWith(origin)));
}

// The English text of an interface key (assets/i18n/en.json), to find a control by its label.
export function english(key) {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/i18n/en.json'), 'utf8'))[key];
}
