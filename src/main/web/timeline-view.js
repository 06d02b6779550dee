// The timeline: events by date on a zoomable vis-timeline, one lane per event type, filtered by entity, type and
// period (all in the address: /timeline?entity=Meta&type=release&from=2023). It opens on the period where most events
// are; every label is shown whole (a bar's label runs past its end, and items are stacked by their label's width);
// a legend says how to read bars, dots and qualified dates. Events are focusable: Enter or Space opens one (its
// participants, and for each article that reports it, the sentence), arrow keys go to the previous or next one.
// Events without a date are listed beside the axis.

import { DataSet, Timeline } from './vendor/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import { getJson } from './api.js';
import { EVENT_COLORS, eventColor } from './colors.js';
import { dateText, el, entityLink, plural, reportBlock, status, swatch, value, viewLink } from './dom.js';

const DAY = 86400000;
const items = new DataSet();
const groups = new DataSet();
let nav;
let timeline;
let allTypes = [];
/** Events by key (dated and undated) of the last load. */
let entries = new Map();
/** Keys of the placed events, in date order (for the arrow keys). */
let order = [];
let loadedKey = null;
let current = {};
let generation = 0;
let selected = null;

export function init(navigation, eventTypes) {
  nav = navigation;
  allTypes = eventTypes;
  const box = document.getElementById('tl-types');
  for (const type of eventTypes) {
    box.append(el('div', { class: 'type-row' },
      el('label', { class: 'check type' },
        el('input', { type: 'checkbox', name: 'type', value: type, checked: true, onchange: onTypeTicked }),
        swatch(eventColor(type)), type),
      el('button', { type: 'button', class: 'only small', 'aria-label': `only ${type}`, title: `only ${type} events`,
        onclick: () => go({ ...formParams(), type: [type] }) }, 'only')));
  }
  document.getElementById('tl-all-types').addEventListener('click', () => go({ ...formParams(), type: [] }));
  document.getElementById('tl-legend').replaceChildren(...legend());
  timeline = new Timeline(document.getElementById('timeline'), items, groups, {
    stack: true, zoomable: true, orientation: 'top', groupOrder: 'order', margin: { item: { horizontal: 6, vertical: 4 } },
    zoomMin: DAY * 7, zoomMax: DAY * 365 * 60, groupHeightMode: 'fitItems', height: '100%', verticalScroll: true,
    tooltip: { followMouse: true, overflowMethod: 'cap', delay: 200 }, showCurrentTime: false,
  });
  timeline.on('select', ({ items: chosen }) => {
    if (chosen[0] && entries.has(chosen[0])) choose(chosen[0]);
    else if (!chosen[0]) closeDetails();
  });
  // a cluster ("5 events": too many to label at this zoom) opens by zooming in on its events
  timeline.on('click', props => { if (props.isCluster && props.items) zoomTo(props.items); });
  new MutationObserver(makeClustersFocusable).observe(document.getElementById('timeline'), { childList: true, subtree: true });
  new ResizeObserver(() => cluster()).observe(document.getElementById('timeline'));
  timeline.on('rangechanged', ({ byUser }) => { if (byUser) summarize(); });
  document.getElementById('timeline-filters').addEventListener('submit', event => { event.preventDefault(); go(formParams()); });
  document.getElementById('tl-fit').addEventListener('click', () => { fitAll(); summarize(); });
  document.getElementById('tl-export').addEventListener('click', exportTimelineJs);
  document.getElementById('event-details').addEventListener('keydown', event => {
    if (event.key === 'Escape') closeDetails(true);
  });
}

/** Rows of labels a lane may take: the lanes share the height; busier spots of a lane become clusters. */
const ROW_PX = 30;

function cluster() {
  if (!timeline) return;
  const height = document.getElementById('timeline').clientHeight - 40;
  const lanes = Math.max(1, groups.length);
  const rows = Math.max(2, Math.floor(height / lanes / ROW_PX));
  timeline.setOptions({ cluster: { maxItems: rows, showStipes: false, fitOnDoubleClick: true, clusterCriteria: (a, b) => a.group === b.group,
    titleTemplate: '{count} events close together: click or press Enter to zoom in' } });
}

/** Clusters can be reached with Tab, and open with Enter or Space, as events do. */
function makeClustersFocusable() {
  for (const box of document.querySelectorAll('#timeline .vis-cluster:not([tabindex])')) {
    const item = box['vis-item'];
    const count = item && item.data && item.data.uiItems ? item.data.uiItems.length : 0;
    box.tabIndex = 0;
    box.setAttribute('role', 'button');
    box.setAttribute('aria-label', `${count} events close together: press Enter to zoom in`);
    box.addEventListener('keydown', event => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      const cluster = box['vis-item'];
      if (cluster && cluster.data && cluster.data.uiItems) zoomTo(cluster.data.uiItems.map(i => i.id));
    });
  }
}

/** Zooms in on some events (a cluster's). */
function zoomTo(keys) {
  const chosen = items.get(keys);
  if (!chosen.length) return;
  const from = Math.min(...chosen.map(i => i.start.getTime()));
  const to = Math.max(...chosen.map(i => (i.end || i.start).getTime()));
  const span = Math.max(to - from, DAY * 20);
  timeline.setWindow(new Date(from - span * 0.1), new Date(from + span * 1.6), { animation: false });
  summarize();
}

/** How to read the timeline: bars, dots, qualified dates, the selection ring. */
function legend() {
  const sample = (className, text) => el('li', {}, el('span', { class: 'sample ' + className, 'aria-hidden': 'true' }), text);
  return [
    el('h2', { text: 'How to read it' }),
    el('ul', { class: 'legend' },
      sample('bar', 'bar: dated to a year, half or quarter (the bar spans it)'),
      sample('dot', 'dot: dated to a month or a day'),
      el('li', {}, el('span', { class: 'mod', text: 'before' }), 'the article says before (or after, about, start, mid, end)'),
      sample('cluster', 'events too close to label: zoom in'),
      sample('ring', 'selected event')),
    el('p', { class: 'hint', text: 'Scroll or pinch to zoom, drag to move. Tab to an event, Enter to open it, ← → for the previous and next.' }),
  ];
}

function go(params, options) {
  return nav.go('timeline', params, options);
}

/** The filters of the form, as address parameters. */
function formParams() {
  const boxes = [...document.querySelectorAll('#tl-types input[name=type]')];
  const checked = boxes.filter(b => b.checked).map(b => b.value);
  const basis = document.getElementById('tl-basis').value;
  return {
    entity: value('tl-entity'), neighbourhood: document.getElementById('tl-neighbourhood').checked,
    from: value('tl-from'), to: value('tl-to'), basis: basis === 'event' ? '' : basis,
    type: checked.length === boxes.length ? [] : checked,
  };
}

function onTypeTicked(event) {
  if (!document.querySelector('#tl-types input[name=type]:checked')) {
    event.target.checked = true;
    status('Keep at least one type (“only” shows a single one).', true);
    return;
  }
  go(formParams());
}

function fillForm(params) {
  document.getElementById('tl-entity').value = params.entity || '';
  document.getElementById('tl-neighbourhood').checked = !!params.neighbourhood && params.neighbourhood !== '0';
  document.getElementById('tl-from').value = params.from || '';
  document.getElementById('tl-to').value = params.to || '';
  document.getElementById('tl-basis').value = params.basis === 'published' ? 'published' : 'event';
  const types = (params.type || []).filter(t => allTypes.includes(t));
  for (const box of document.querySelectorAll('#tl-types input[name=type]')) box.checked = !types.length || types.includes(box.value);
}

/** Shows the timeline an address asks for: loads when the filters changed, then selects its event, if any. */
export async function open(params) {
  fillForm(params);
  current = { ...formParams() };
  const key = JSON.stringify(current);
  if (key !== loadedKey) {
    loadedKey = key;
    await load(current, params.event);
  }
  if (params.event && entries.has(params.event)) {
    showDetails(params.event, false);
    reveal(params.event);
  }
  else if (!params.event) hideDetails();
  nav.title(current.entity ? `Timeline of ${current.entity}` : 'Timeline');
}

async function load(params, eventKey) {
  const mine = ++generation;
  hideDetails();
  status('Loading the timeline…');
  const query = { ...params, basis: params.basis || 'event' };
  try {
    const [body, undated] = await Promise.all([
      getJson('timeline', query),
      // undated events fall in no period: the list beside shows those of the entity and types, whatever the period
      query.basis === 'event' ? getJson('timeline', { ...query, from: '', to: '', undated: true, limit: 500 })
        .catch(error => ({ events: [], error })) : Promise.resolve(null)]);
    if (mine !== generation) return;
    draw(body.events, query.basis, undated, params);
    status(body.more ? `The first ${body.count} events in date order; narrow the period or the types to see the rest.` : '');
  } catch (error) {
    if (mine !== generation) return;
    draw([], query.basis, null, params);
    status(error, true, name => go({ ...params, entity: name }));
  }
  if (eventKey && !entries.has(eventKey)) status('That event is not among these.', true);
}

function draw(events, basis, undated, params) {
  entries = new Map();
  const placed = [];
  let unplaced = 0;
  for (const event of events) {
    const item = toItem(event, basis);
    if (item) {
      placed.push(item);
      entries.set(event.key, event);
    } else unplaced++;
  }
  placed.sort((a, b) => a.start - b.start || String(a.id).localeCompare(String(b.id)));
  order = placed.map(i => i.id);
  const types = [...new Set(placed.map(i => i.group))];
  const typeOrder = Object.keys(EVENT_COLORS);
  groups.clear();
  groups.add(types.map(type => ({
    id: type, order: typeOrder.indexOf(type), content: el('span', { class: 'lane' }, swatch(eventColor(type)), type),
  })));
  items.clear();
  cluster();
  items.add(placed);
  const box = document.getElementById('timeline');
  box.dataset.items = String(placed.length);
  drawUndated(undated ? undated.events : [], basis, unplaced, undated && undated.error);
  if (placed.length) {
    if (params.from || params.to) windowOf(params.from, params.to, placed);
    else openOnEvents(placed);
  }
  summarize();
}

/** The list beside the axis: events without a date, by when first reported. */
function drawUndated(events, basis, unplaced, undatedError) {
  const aside = document.getElementById('undated');
  const list = document.getElementById('undated-list');
  const title = document.getElementById('undated-title');
  if (basis === 'published') {
    title.textContent = 'Not placed';
    list.replaceChildren(el('li', { class: 'empty', text: unplaced ? `${plural(unplaced, 'event')} whose articles have no publication date.` : 'Every event has a publication date.' }));
    aside.dataset.count = String(unplaced);
    return;
  }
  for (const event of events) entries.set(event.key, event);
  title.textContent = `Undated events (${events.length})`;
  if (undatedError) {
    list.replaceChildren(el('li', { class: 'error', text: `Could not list them: ${undatedError.message}` }));
    return;
  }
  aside.dataset.count = String(events.length);
  list.replaceChildren(...events.map(event => el('li', {},
    el('button', { type: 'button', class: 'event-button', 'data-key': event.key, onclick: () => choose(event.key) },
      swatch(eventColor(event.type)),
      el('span', { class: 'what', text: event.type.toLowerCase() }), ' ',
      el('span', { text: event.participants.map(p => p.name).join(' · ') || '(no participant)' }),
      firstReport(event) ? el('span', { class: 'meta', text: `reported ${firstReport(event)}` }) : null))));
  if (!events.length) list.append(el('li', { class: 'empty', text: 'None.' }));
}

function firstReport(event) {
  return event.reports.map(r => r.published).filter(Boolean).sort()[0];
}

/** The label of an event: its participants (at most three, then how many more), after the date's qualifier. */
function labelText(event) {
  const names = event.participants.map(p => p.name);
  return names.length > 3 ? `${names.slice(0, 3).join(' · ')} +${names.length - 3}` : names.join(' · ');
}

function toItem(event, basis) {
  const type = event.type.toLowerCase();
  const names = labelText(event) || type;
  const when = basis === 'published' ? `first reported ${firstReport(event)}` : dateText(event);
  const description = `${type}, ${when}: ${event.participants.map(p => p.name).join(', ') || 'no participant'}`;
  const mod = basis === 'published' ? null : event.mod;
  const content = el('span', {
    class: 'item-label', tabindex: '0', role: 'button', 'data-key': event.key, 'aria-label': description,
    onkeydown: keyEvent => onItemKey(keyEvent, event.key),
  }, mod ? el('span', { class: 'mod', text: modText(mod) }) : null, mod ? ' ' : null, names);
  const base = {
    id: event.key, group: type, className: 'event type-' + type, content, labelWidth: 0,
    title: el('span', { text: description }), style: `--type-color:${eventColor(type)}`,
  };
  if (basis === 'published') {
    const first = firstReport(event);
    return first ? { ...base, start: day(first), type: 'point', labelWidth: labelWidth(names, null, true) } : null;
  }
  if (!event.date) return null;
  const [start, end] = period(event.date, event.mod);
  if (event.precision === 'DAY' || event.precision === 'MONTH') return { ...base, start, type: 'point', labelWidth: labelWidth(names, mod, true) };
  return { ...base, start, end, type: 'range', labelWidth: labelWidth(names, mod, false) };
}

function modText(mod) {
  return { APPROX: 'about' }[mod] || mod.toLowerCase();
}

function onItemKey(event, key) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    event.stopPropagation();
    choose(key);
  } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    event.preventDefault();
    event.stopPropagation();
    const index = order.indexOf(key) + (event.key === 'ArrowRight' ? 1 : -1);
    if (index >= 0 && index < order.length) focusItem(order[index]);
  }
}

/** Moves the window to an event when it is out of view, and puts the keyboard focus on it. */
function focusItem(key) {
  reveal(key);
  const label = document.querySelector(`#timeline .item-label[data-key="${CSS.escape(key)}"]`);
  if (label) label.focus();
}

/** Moves the window to an event when it is out of view (keeping the zoom). */
function reveal(key) {
  const item = items.get(key);
  if (!item) return;
  const { start, end } = timeline.getWindow();
  const itemEnd = item.end || item.start;
  if (item.start < start || itemEnd > end) {
    const span = end - start;
    const middle = (item.start.getTime() + itemEnd.getTime()) / 2;
    timeline.setWindow(new Date(middle - span / 2), new Date(middle + span / 2), { animation: false });
    timeline.redraw();
    summarize();
  }
}

function day(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** First and last instant of a date value (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD), narrowed by a modifier. */
export function period(text, mod) {
  const y = Number(text.slice(0, 4));
  let start;
  let end;
  if (text.length === 4) { start = new Date(y, 0, 1); end = new Date(y + 1, 0, 1); }
  else if (text[5] === 'H') { const h = Number(text[6]) - 1; start = new Date(y, h * 6, 1); end = new Date(y, h * 6 + 6, 1); }
  else if (text[5] === 'Q') { const q = Number(text[6]) - 1; start = new Date(y, q * 3, 1); end = new Date(y, q * 3 + 3, 1); }
  else if (text.length === 7) { const m = Number(text.slice(5, 7)) - 1; start = new Date(y, m, 1); end = new Date(y, m + 1, 1); }
  else { start = day(text); end = new Date(start.getTime() + DAY); }
  const span = end - start;
  if (mod === 'START') end = new Date(start.getTime() + span / 3);
  else if (mod === 'MID') { start = new Date(start.getTime() + span / 3); end = new Date(start.getTime() + span / 3); }
  else if (mod === 'END') start = new Date(end.getTime() - span / 3);
  return [start, end];
}

/**
 * Opens on the period where the events are, so that a few far-off dates (a founding in 1993, a plan for 2030) do not
 * squeeze the rest into a corner: the shortest span that holds half of the events, widened to hold all of them, nine
 * in ten or two thirds when that does not make it more than twice as long (or longer than two years).
 */
export function busiestSpan(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 10) return [sorted[0], sorted[n - 1]];
  const shortest = share => {
    const k = Math.ceil(n * share);
    let best = [sorted[0], sorted[n - 1]];
    for (let i = 0; i + k - 1 < n; i++) {
      if (sorted[i + k - 1] - sorted[i] < best[1] - best[0]) best = [sorted[i], sorted[i + k - 1]];
    }
    return best;
  };
  const half = shortest(0.5);
  const limit = Math.max(2 * (half[1] - half[0]), DAY * 730);
  for (const share of [1, 0.9, 2 / 3]) {
    const span = shortest(share);
    if (span[1] - span[0] <= limit) return span;
  }
  return half;
}

function openOnEvents(placed) {
  const [from, last] = busiestSpan(placed.map(i => i.start.getTime()));
  const to = Math.max(last, ...placed.filter(p => p.start.getTime() >= from && p.start.getTime() <= last)
    .map(p => (p.end || p.start).getTime()));
  setPadded(from, to);
}

function fitAll() {
  const placed = items.get();
  if (!placed.length) return;
  setPadded(Math.min(...placed.map(i => i.start.getTime())), Math.max(...placed.map(i => (i.end || i.start).getTime())));
}

function windowOf(from, to, placed) {
  const start = from ? period(from)[0].getTime() : Math.min(...placed.map(i => i.start.getTime()));
  const end = to ? period(to)[1].getTime() : Math.max(...placed.map(i => (i.end || i.start).getTime()));
  setPadded(start, end);
}

/**
 * Shows from..to with a little room on the left and, on the right, room for the labels of the last events (a label
 * runs right of its event), so that no label is cut at the window's edge.
 */
function setPadded(from, to) {
  const span = Math.max(to - from, DAY * 120);
  const begin = from - span * 0.04;
  let end = from + span * 1.2;
  timeline.redraw();
  const width = axisWidth();
  for (const item of items.get()) {
    const start = item.start.getTime();
    if (start < begin || start > to) continue;
    // the label, a share of the axis's width, must end before the window does: start + share * (end - begin) <= end;
    // at most 30% of the width, so that one long label does not zoom the whole timeline out
    const share = Math.min(0.3, (item.labelWidth || 0) * 1.1 / width);
    end = Math.max(end, (start - share * begin) / (1 - share));
  }
  timeline.setWindow(new Date(begin), new Date(end), { animation: false });
}

/** The width of the axis, in pixels (the page's width less the side bars while the view has not been laid out). */
function axisWidth() {
  const center = document.querySelector('#timeline .vis-panel.vis-center');
  const width = center ? center.clientWidth : 0;
  return width > 200 ? width : Math.max(300, window.innerWidth - 260 - 380 - 130);
}

let measure;

/** The width in pixels of an item's label, as the timeline's 12px font draws it (and the dot or the bar's padding). */
function labelWidth(text, mod, point) {
  if (!measure) {
    measure = document.createElement('canvas').getContext('2d');
    measure.font = `12px ${getComputedStyle(document.body).fontFamily}`;
  }
  return Math.ceil(measure.measureText(text).width) + (mod ? measure.measureText(modText(mod)).width + 14 : 0) + (point ? 22 : 10);
}

/** The line above the axis: how many events, how many in view, and how to see the others. */
function summarize() {
  const line = document.getElementById('tl-summary');
  const all = items.get();
  if (!all.length) {
    line.textContent = loadedKey ? 'No dated event matches these filters.' : '';
    return;
  }
  const { start, end } = timeline.getWindow();
  const inView = all.filter(i => (i.end || i.start) >= start && i.start <= end).length;
  const outside = all.length - inView;
  line.replaceChildren(`${plural(all.length, 'event')} on the axis`,
    outside ? `; ${inView} in view, ${outside} earlier or later (“Fit all” shows them)` : ', all in view',
    `. ${year(start)} – ${year(end)}.`);
}

function year(date) {
  return date.toISOString().slice(0, 7);
}

/** Opens an event (from the axis, the list or the keyboard): its details, and its key in the address. */
function choose(key) {
  showDetails(key, true);
  go({ ...current, event: key }, { replace: true, render: false });
}

function showDetails(key, focus) {
  const event = entries.get(key);
  if (!event) { hideDetails(); return; }
  selected = key;
  if (items.get(key)) timeline.setSelection([key]);
  else timeline.setSelection([]);
  document.querySelectorAll('#undated-list .event-button').forEach(b => b.classList.toggle('selected', b.dataset.key === key));
  const type = event.type.toLowerCase();
  const panel = document.getElementById('event-details');
  panel.replaceChildren(
    el('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×', onclick: () => closeDetails(true) }),
    el('h2', {}, swatch(eventColor(type)), `${type} · ${dateText(event)}`),
    el('p', { class: 'participants' }, ...event.participants.map(p =>
      entityLink(p.name, p.type, `${p.name}${p.role ? ' (' + p.role + ')' : ''}`))),
    el('p', { class: 'actions-inline' }, viewLink('timeline', { ...current, type: [type], event: key }, `only ${type} events`)),
    el('h3', { text: event.reports.length === 1 ? 'Source' : `${event.reports.length} sources` }),
    ...event.reports.map(reportBlock));
  panel.hidden = false;
  panel.dataset.key = key;
  if (focus) panel.focus();
}

function hideDetails() {
  document.getElementById('event-details').hidden = true;
  document.querySelectorAll('#undated-list .event-button.selected').forEach(b => b.classList.remove('selected'));
  if (timeline) timeline.setSelection([]);
  selected = null;
}

/** Closes the details, takes the event out of the address, and gives the focus back to the event. */
function closeDetails(refocus = false) {
  const key = selected;
  hideDetails();
  go(current, { replace: true, render: false });
  if (refocus && key) {
    const target = document.querySelector(`#timeline .item-label[data-key="${CSS.escape(key)}"]`)
      || document.querySelector(`#undated-list .event-button[data-key="${CSS.escape(key)}"]`);
    if (target) target.focus();
  }
}

async function exportTimelineJs(event) {
  event.preventDefault();
  try {
    const doc = await getJson('export/timelinejs', { ...current, basis: current.basis || 'event' });
    const link = el('a', { href: URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' })),
      download: 'timeline.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    status(error, true);
  }
}
