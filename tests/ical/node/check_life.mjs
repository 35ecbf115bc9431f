// Reads a series of exports of one calendar file with ical.js (the parser
// of Thunderbird), independently of foiclock, libical and check_life.py,
// and checks the same things: every file is UTF-8 with at least one
// component; every UID once seen stays; SEQUENCE never goes down and goes
// up when an event changes; each deadline with a date is a CONFIRMED event
// on that date, ringing only while still to be met; the rest CANCELLED.
//
// usage: node check_life.mjs MODULES_DIR STEP.ics STEP.json [...]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, ...args] = process.argv.slice(2);
const ICAL = createRequire(join(modules, 'x.js'))('ical.js');
const RINGING = new Set(['pending', 'due-today', 'overdue']);

function fail(msg) {
    console.error(`FAIL: ${msg}`);
    process.exit(1);
}

function events(path) {
    const raw = readFileSync(path);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch (e) {
        fail(`${path}: not UTF-8`);
    }
    const cal = new ICAL.Component(ICAL.parse(text));
    if (cal.getAllSubcomponents().length === 0) fail(`${path}: a calendar without a component`);
    const out = new Map();
    for (const v of cal.getAllSubcomponents('vevent')) {
        const uid = v.getFirstPropertyValue('uid');
        if (out.has(uid)) fail(`${path}: two events with UID ${uid}`);
        out.set(uid, v);
    }
    return out;
}

const seen = new Map();
for (let i = 0; i < args.length; i += 2) {
    const [path, jpath] = [args[i], args[i + 1]];
    const evs = events(path);
    const kase = JSON.parse(readFileSync(jpath, 'utf8'));
    const { ref, regime } = kase.case;
    const live = new Map();
    for (const d of kase.deadlines)
        if (d.due !== null) live.set(`${d.rule}~${regime}~~${ref}@foiclock`, d);
    for (const uid of seen.keys()) if (!evs.has(uid)) fail(`${path}: ${uid} was lost`);
    for (const [uid, v] of evs) {
        const seq = v.getFirstPropertyValue('sequence');
        const status = v.getFirstPropertyValue('status') || '';
        const alarms = v.getAllSubcomponents('valarm').length;
        const start = v.getFirstPropertyValue('dtstart').toString();
        if (live.has(uid)) {
            const d = live.get(uid);
            if (status !== 'CONFIRMED') fail(`${path}: ${uid} is ${status}`);
            if (start !== d.due) fail(`${path}: ${uid} on ${start}, due ${d.due}`);
            const want = RINGING.has(d.status) ? 2 : 0;
            if (alarms !== want) fail(`${path}: ${uid} (${d.status}) has ${alarms} alarms`);
        } else {
            if (status !== 'CANCELLED') fail(`${path}: ${uid} left the case but is '${status}'`);
            if (alarms !== 0) fail(`${path}: cancelled ${uid} still rings`);
        }
        const old = seen.get(uid);
        if (old) {
            if (seq < old.seq) fail(`${path}: ${uid} SEQUENCE ${old.seq} -> ${seq}`);
            const changed = start !== old.start || status !== old.status || alarms !== old.alarms;
            if (changed && seq <= old.seq) fail(`${path}: ${uid} changed but kept SEQUENCE ${seq}`);
        }
        seen.set(uid, { seq, start, status, alarms });
    }
    for (const uid of live.keys()) if (!evs.has(uid)) fail(`${path}: no event for ${uid}`);
    console.log(`ok (ical.js): ${path}: ${evs.size} events, ${live.size} live`);
}
