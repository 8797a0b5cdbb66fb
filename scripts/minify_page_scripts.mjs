// Writes the page's own files into a staging folder, the scripts without their comments and spaces:
// Emscripten's JavaScript optimizer does it (the pass that minifies index.js), so no dependency is
// added. Names are kept, so a script reads the same in the browser's tools, only denser. Other
// files (the style sheet) are copied as they are. Each minified script is checked to parse.
//
//   node scripts/minify_page_scripts.mjs <Emscripten's tools/acorn-optimizer.js> <out folder> <file>...
// (NODE_PATH must let node find acorn, as for emcc's links.)
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const [optimizer, out, ...files] = process.argv.slice(2);
if (!optimizer || !out || !files.length) {
  throw new Error('usage: node scripts/minify_page_scripts.mjs <acorn-optimizer.js> <out folder> <file>...');
}
fs.mkdirSync(out, {recursive: true});
for (const file of files) {
  const target = path.join(out, path.basename(file));
  if (!file.endsWith('.js')) {
    fs.copyFileSync(file, target);
    continue;
  }
  const run = spawnSync(process.execPath, [optimizer, file, 'minifyWhitespace'], {encoding: 'utf8', maxBuffer: 1 << 26});
  if (run.status !== 0 || !run.stdout.trim()) throw new Error(`minifying ${file} failed: ${run.stderr}`);
  new vm.Script(run.stdout, {filename: target});  // throws if the output does not parse
  fs.writeFileSync(target, run.stdout);
}
