// The deadline calculator page. build.mjs wraps this file, foiclock.mjs and
// the WebAssembly module (as WASM_BASE64) into one classic script, so the page
// works from file:// as from any static host and makes no request after load.
//
// Everything the user or the address supplies reaches the page as text:
// values of inputs and text nodes only, never markup.

const DATE_FIELDS = [
  'received', 'clarification_requested', 'clarification_received', 'fee_notice', 'fee_paid',
  'responded', 'review_requested', 'review_responded', 'complained', 'decision_notice',
  'direction', 'extension_claimed', 'today',
];
const CHOICE_FIELDS = ['regime', 'division', 'receipt_rule', 'ref', 'pit_extension', 'public_records',
  'direction_days', 'direction_ground', 'audience'];
const OPTIONAL_DATES = DATE_FIELDS.filter((f) => f !== 'received' && f !== 'today');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];

let fc = null;

function $(id) {
  return document.getElementById(id);
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

// "Tuesday 1 December 2026" from "2026-12-01" (the weekday from the day
// number, so that no Date object and no time zone is involved).
function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const days = Math.round(Date.UTC(y, m - 1, d) / 86400000);
  return `${WEEKDAYS[((days % 7) + 7) % 7]} ${d} ${MONTHS[m - 1]} ${y}`;
}

// ---- the case in the address ----

function caseFromFragment() {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const c = {};
  for (const [k, v] of params) {
    if (DATE_FIELDS.includes(k) || CHOICE_FIELDS.includes(k)) c[k] = v;
  }
  return c;
}

function fragmentFromCase(c) {
  const params = new URLSearchParams();
  for (const k of ['regime', ...DATE_FIELDS, 'division', 'receipt_rule', 'pit_extension',
    'public_records', 'ref', 'direction_days', 'direction_ground', 'audience']) {
    if (c[k]) params.set(k, c[k] === true ? 'yes' : c[k]);
  }
  return `#${params.toString()}`;
}

// ---- the form ----

function dateParts(text) {
  let m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (m) return [m[3].replace(/^0(?=\d)/, ''), m[2].replace(/^0(?=\d)/, ''), m[1]];
  m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (m) return [m[1], m[2], m[3]];
  return [text, '', ''];
}

function fillForm(c) {
  for (const f of DATE_FIELDS) {
    const [d, m, y] = c[f] ? dateParts(c[f]) : ['', '', ''];
    $(`${f}-day`).value = d;
    $(`${f}-month`).value = m;
    $(`${f}-year`).value = y;
  }
  for (const r of document.querySelectorAll('input[name="regime"]')) {
    r.checked = r.value === (c.regime || 'foia');
  }
  for (const r of document.querySelectorAll('input[name="receipt_rule"]')) {
    r.checked = r.value === (c.receipt_rule || 'statutory');
  }
  for (const r of document.querySelectorAll('input[name="audience"]')) {
    r.checked = r.value === (c.audience || 'neutral');
  }
  const division = $('division');
  division.value = '';
  for (const o of division.options) if (o.value === c.division) division.value = o.value;
  $('ref').value = c.ref || '';
  $('pit_extension').checked = Boolean(c.pit_extension);
  $('public_records').checked = Boolean(c.public_records);
  $('direction_days').value = c.direction_days || '';
  const ground = $('direction_ground');
  ground.value = '';
  for (const o of ground.options) if (o.value === c.direction_ground) ground.value = o.value;
  if (OPTIONAL_DATES.some((f) => c[f]) || c.pit_extension || c.public_records || c.ref || c.today ||
      c.direction_days || c.direction_ground ||
      (c.receipt_rule && c.receipt_rule !== 'statutory')) {
    $('more').open = true;
  }
}

function dateFromForm(f) {
  const parts = ['day', 'month', 'year'].map((p) => $(`${f}-${p}`).value.trim());
  if (parts.every((p) => p === '')) return null;
  return parts.join('/');
}

function caseFromForm() {
  const c = {};
  for (const f of DATE_FIELDS) {
    const v = dateFromForm(f);
    if (v != null) c[f] = v;
  }
  c.regime = document.querySelector('input[name="regime"]:checked')?.value || 'foia';
  const rule = document.querySelector('input[name="receipt_rule"]:checked')?.value;
  if (rule && rule !== 'statutory') c.receipt_rule = rule;
  const audience = document.querySelector('input[name="audience"]:checked')?.value;
  if (audience && audience !== 'neutral') c.audience = audience;
  if ($('division').value) c.division = $('division').value;
  if ($('ref').value.trim()) c.ref = $('ref').value.trim();
  if ($('pit_extension').checked) c.pit_extension = 'yes';
  if ($('public_records').checked) c.public_records = 'yes';
  if ($('direction_days').value.trim()) c.direction_days = $('direction_days').value.trim();
  if ($('direction_ground').value) c.direction_ground = $('direction_ground').value;
  return c;
}

// ---- errors ----

// The inputs in the page's words, for the library's messages.
const FIELD_LABELS = {
  received: 'the date of receipt', clarification_requested: 'the date clarification was asked for',
  clarification_received: 'the date the clarification arrived',
  fee_notice: 'the date of the fees notice', fee_paid: 'the date the fee was received',
  responded: 'the date of the response', review_requested: 'the date a review was asked for',
  review_responded: 'the date of the review answer',
  decision_notice: 'the date of the decision notice', today: 'the day to show the status on',
  complained: 'the date of the complaint', extension_claimed: 'the date of the extension notice',
  regime: 'the law', division: 'the place', receipt_rule: 'the receipt rule',
  pit_extension: 'the extension', public_records: 'transferred records',
  direction: 'the date of the Commissioner’s direction',
  direction_days: 'the working day specified', direction_ground: 'the reason for the direction',
  audience: 'who is reading',
};

// The element an error summary link takes focus to.
function focusTarget(field) {
  if (DATE_FIELDS.includes(field)) return $(`${field}-day`);
  return $(field);
}

function clearErrors() {
  $('error-summary').hidden = true;
  $('error-list').replaceChildren();
  for (const g of document.querySelectorAll('.govuk-form-group--error')) {
    g.classList.remove('govuk-form-group--error');
  }
  for (const i of document.querySelectorAll('.govuk-input--error, .govuk-select--error')) {
    i.classList.remove('govuk-input--error', 'govuk-select--error');
  }
  for (const p of document.querySelectorAll('.govuk-error-message')) {
    p.hidden = true;
    p.replaceChildren();
  }
  for (const i of document.querySelectorAll('[data-error-described]')) {
    i.setAttribute('aria-describedby', i.dataset.errorDescribed);
    i.removeAttribute('data-error-described');
  }
}

function showError(field, message) {
  const known = field && $(`${field}-group`) ? field : 'received';
  const group = $(`${known}-group`);
  group.classList.add('govuk-form-group--error');
  const p = $(`${known}-error`);
  p.hidden = false;
  p.replaceChildren(el('span', 'govuk-visually-hidden', 'Error: '), document.createTextNode(message));
  const inputs = DATE_FIELDS.includes(known)
    ? ['day', 'month', 'year'].map((s) => $(`${known}-${s}`))
    : [$(known)];
  for (const i of inputs) {
    if (i.classList.contains('govuk-input')) i.classList.add('govuk-input--error');
    if (i.classList.contains('govuk-select')) i.classList.add('govuk-select--error');
  }
  // The message belongs to the field: screen readers read it with it.
  const described = $(`${known}-fieldset`) || $(known);
  if (described) {
    const before = described.getAttribute('aria-describedby') || '';
    described.dataset.errorDescribed = before;
    described.setAttribute('aria-describedby', `${before} ${known}-error`.trim());
  }
  if ($('more').contains(group)) $('more').open = true;
  const link = el('a', null, message);
  link.href = `#${focusTarget(known).id}`;
  link.dataset.field = known;
  const li = el('li');
  li.append(link);
  $('error-list').append(li);
  const summary = $('error-summary');
  summary.hidden = false;
  document.title = `Error: ${document.title.replace(/^Error: /, '')}`;
}

function onSummaryClick(event) {
  const a = event.target.closest('a[data-field]');
  if (!a) return;
  // Follow the link without touching the address, which holds the case.
  event.preventDefault();
  const target = focusTarget(a.dataset.field);
  const legend = target.closest('fieldset')?.querySelector('legend') ||
    document.querySelector(`label[for="${target.id}"]`);
  (legend || target).scrollIntoView();
  target.focus({ preventScroll: true });
}

// ---- results ----

// The library's status in words, "open: 38 working days left", as a tag
// ("Open") and the rest.
function statusParts(d) {
  const text = d.status_text;
  const colon = text.indexOf(': ');
  const head = colon < 0 ? text : text.slice(0, colon);
  return [head.charAt(0).toUpperCase() + head.slice(1), colon < 0 ? '' : text.slice(colon + 2)];
}

const TAG_CLASS = {
  pending: 'govuk-tag--blue', 'due-today': 'govuk-tag--orange', overdue: 'govuk-tag--red',
  met: 'govuk-tag--green', missed: 'govuk-tag--red', paused: 'govuk-tag--yellow',
  extended: 'govuk-tag--grey',
};

function row(list, key, value) {
  const r = el('div', 'govuk-summary-list__row');
  const dt = el('dt', 'govuk-summary-list__key', key);
  const dd = el('dd', 'govuk-summary-list__value');
  if (typeof value === 'string') dd.textContent = value;
  else dd.append(...value);
  r.append(dt, dd);
  list.append(r);
}

function renderDeadline(d) {
  const card = el('div', 'govuk-summary-card app-deadline');
  card.dataset.rule = d.rule;
  const head = el('div', 'govuk-summary-card__title-wrapper');
  const h = el('h3', 'govuk-summary-card__title');
  if (d.due) {
    const due = el('span', 'app-due', longDate(d.due));
    due.dataset.date = d.due;
    h.append(due, document.createTextNode(`: ${d.summary}`));
  } else {
    h.append(el('span', 'app-due', 'On hold'), document.createTextNode(`: ${d.summary}`));
  }
  head.append(h);
  const body = el('div', 'govuk-summary-card__content');
  const list = el('dl', 'govuk-summary-list');
  const [state, detail] = statusParts(d);
  const tag = el('strong', `govuk-tag ${TAG_CLASS[d.status] || ''}`.trim(), state);
  tag.dataset.status = d.status;
  row(list, 'Status', [tag, document.createTextNode(detail ? ` ${detail}` : '')]);
  if (d.note) row(list, 'Note', d.note);
  if (d.working) {
    const lines = d.working.split('\n').map((line) => el('p', 'govuk-body app-working', line));
    row(list, 'Working', lines);
  }
  row(list, 'Rule', `${d.rule} (${d.statutory ? 'statutory' : 'advisory'}: ${d.basis})`);
  if (d.provisional) {
    row(list, 'Provisional', 'Yes: this date depends on bank holidays not yet published, projected by rule; it may move.');
  }
  body.append(list);
  card.append(head, body);
  return card;
}

function render(t) {
  const c = t.case;
  $('results-intro').textContent = `${c.title}${c.ref ? ` ${c.ref}` : ''}, received ` +
    `${longDate(c.received)}; status as at ${longDate(c.today)}.`;
  $('deadlines').replaceChildren(...t.deadlines.map(renderDeadline));
  const advice = t.advice || [];
  $('advice').hidden = advice.length === 0;
  $('advice-list').replaceChildren(...advice.map((a) => {
    const li = el('li', null, a.text);
    li.dataset.kind = a.kind;
    return li;
  }));
  $('results').hidden = false;
}

// The calendar link holds the case's .ics as a Blob URL (made here, in the
// page: nothing goes over the network). It is made again on each click, so
// that the file's export time (DTSTAMP) is the time of the download.
let icsUrl = null;
let icsCase = null;

function calendarUrl() {
  if (icsUrl) URL.revokeObjectURL(icsUrl);
  icsUrl = URL.createObjectURL(new Blob([fc.ics(icsCase)], { type: 'text/calendar;charset=utf-8' }));
  return icsUrl;
}

function offerCalendar(c) {
  icsCase = c;
  const a = $('ics-download');
  a.href = calendarUrl();
  a.download = `${(c.ref || 'foi-deadlines').replace(/[^A-Za-z0-9._-]+/g, '-')}.ics`;
  $('ics-line').hidden = false;
}

// Works out and shows the case; returns true when it could.
function compute(c, { focus }) {
  clearErrors();
  document.title = document.title.replace(/^Error: /, '');
  const input = { ...c };
  if (!input.today) input.today = fc.today();
  let t;
  try {
    t = fc.timeline(input);
  } catch (e) {
    if (!(e instanceof fc.FoiclockError)) throw e;
    $('results').hidden = true;
    const text = e.described || e.message;
    showError(e.field, text.charAt(0).toUpperCase() + text.slice(1));
    if (focus) $('error-summary').focus();
    return false;
  }
  render(t);
  const link = fragmentFromCase(c);
  $('share-link').href = link;
  offerCalendar(input);
  if (focus) $('results-heading').focus();
  return true;
}

function onSubmit(event) {
  event.preventDefault();
  const c = caseFromForm();
  if (compute(c, { focus: true })) {
    window.history.replaceState(null, '', fragmentFromCase(c));
  }
}

function fromAddress(focus) {
  const c = caseFromFragment();
  fillForm(c);
  if (Object.keys(c).length) compute(c, { focus });
}

function decode(base64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(base64);
  const s = atob(base64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

async function start() {
  fc = await instantiate(decode(WASM_BASE64));
  fc.setFieldNames(FIELD_LABELS);
  window.foiclock = fc;
  $('today-text').textContent = longDate(fc.today());
  $('version').textContent = fc.version();
  $('case-form').addEventListener('submit', onSubmit);
  $('error-summary').addEventListener('click', onSummaryClick);
  $('ics-download').addEventListener('click', (e) => {
    if (icsCase) e.currentTarget.href = calendarUrl();
  });
  window.addEventListener('hashchange', () => fromAddress(true));
  fromAddress(false);
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  const p = el('p', 'govuk-body', `The calculator could not start: ${e.message}`);
  $('case-form').replaceWith(p);
});
