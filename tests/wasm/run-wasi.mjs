// Runs a wasm32-wasi command module under Node's WASI, passing its
// arguments and exit status through: node run-wasi.mjs PROGRAM.wasm [ARGS...]
// (Node 18 needs --experimental-wasi-unstable-preview1; check.sh passes it.)
import { readFile } from 'node:fs/promises';
import { argv, exit } from 'node:process';
import { WASI } from 'node:wasi';

const wasi = new WASI({ version: 'preview1', args: argv.slice(2), env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(argv[2]));
const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
exit(wasi.start(instance));
