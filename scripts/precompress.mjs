// Writes a .gz (gzip -9) and a .br (brotli, quality 11) copy beside every file of the site that a
// server would compress (HTML, scripts, style sheets, wasm, JSON, SVG), so that a server can send
// the smaller copy without compressing on every request (README.md, "Deploying"). A copy that is
// not smaller than the file is not written. Node's own zlib: no dependency beyond the node that
// Emscripten needs already.
//
//   node scripts/precompress.mjs <site folder>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const compressible = /\.(html|js|mjs|css|wasm|json|svg)$/;

function* filesUnder(folder) {
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else if (compressible.test(entry.name)) yield file;
  }
}

const [site] = process.argv.slice(2);
if (!site) throw new Error('usage: node scripts/precompress.mjs <site folder>');
for (const file of filesUnder(site)) {
  const body = fs.readFileSync(file);
  const copies = {
    '.gz': () => zlib.gzipSync(body, {level: 9}),
    '.br': () => zlib.brotliCompressSync(body, {params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    }}),
  };
  for (const [suffix, compress] of Object.entries(copies)) {
    const target = file + suffix;
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(file).mtimeMs) continue;
    const compressed = compress();
    if (compressed.length < body.length) fs.writeFileSync(target, compressed);
    else fs.rmSync(target, {force: true});
  }
}
