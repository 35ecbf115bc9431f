// Loads foiclock in Node: `const fc = await load();` reads foiclock.wasm from
// beside this file (the build tree's web/ directory), or from `source` (a
// path, file URL or the bytes themselves).
import { readFile } from 'node:fs/promises';
import { instantiate, FoiclockError, CASE_FIELDS, CASE_EVENTS } from './foiclock.mjs';

export async function load(source = new URL('./foiclock.wasm', import.meta.url)) {
  const bytes = source instanceof Uint8Array || source instanceof ArrayBuffer
    ? source
    : await readFile(source);
  return instantiate(bytes);
}

export { instantiate, FoiclockError, CASE_FIELDS, CASE_EVENTS };
