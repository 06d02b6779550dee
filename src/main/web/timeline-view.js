// The timeline: events by date on a zoomable vis-timeline, one lane per event type, filters by entity, type and
// period; clicking an event shows its participants and, for each article that reports it, the sentence.

import { DataSet, Timeline } from './vendor/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import { getJson } from './api.js';
import { EVENT_COLORS, eventColor } from './colors.js';
import { el, reportBlock, status, value } from './dom.js';

const items = new DataSet();
const groups = new DataSet();
let timeline;
let entries = new Map();
let onEntity = () => {};

/** Sets up the view; {@code openEntity(name)} is called when the user clicks a participant. */
export function initTimeline(eventTypes, openEntity) {
  onEntity = openEntity;
  const box = document.getElementById('tl-types');
  for (const type of eventTypes) {
    box.append(el('label', { class: 'check type' },
      el('input', { type: 'checkbox', name: 'type', value: type, checked: true }),
      swatch(eventColor(type)), type));
  }
  timeline = new Timeline(document.getElementById('timeline'), items, groups, {
    stack: true, zoomable: true, orientation: 'top', groupOrder: 'order', margin: { item: 4 },
    zoomMin: 1000 * 60 * 60 * 24 * 7, tooltip: { followMouse: true, overflowMethod: 'cap' },
    height: '100%', verticalScroll: true,
  });
  timeline.on('select', ({ items: selected }) => showDetails(selected[0]));
  document.getElementById('timeline-filters').addEventListener('submit', event => { event.preventDefault(); load(); });
  document.getElementById('tl-fit').addEventListener('click', fit);
  document.getElementById('tl-export').addEventListener('click', exportTimelineJs);
}

/** Shows the timeline of one entity (with its neighbourhood). */
export function showEntityTimeline(name) {
  document.getElementById('tl-entity').value = name;
  document.getElementById('tl-neighbourhood').checked = true;
  return load();
}

function filters() {
  const all = [...document.querySelectorAll('#tl-types input[name=type]')];
  const checked = all.filter(box => box.checked).map(box => box.value);
  return {
    entity: value('tl-entity'), neighbourhood: document.getElementById('tl-neighbourhood').checked,
    from: value('tl-from'), to: value('tl-to'), basis: document.getElementById('tl-basis').value,
    type: checked.length === all.length ? [] : checked.length ? checked : ['none-selected'],
  };
}

/** Fetches the events the filters ask for and draws them. */
export async function load() {
  const params = filters();
  hideDetails();
  if (params.type[0] === 'none-selected') {
    draw([], params.basis);
    status('Tick at least one type.');
    return;
  }
  status('Loading the timeline…');
  try {
    const body = await getJson('timeline', params);
    draw(body.events, params.basis);
    status(body.more ? `The first ${body.count} events in date order; narrow the period or the types to see the rest.` : '');
  } catch (error) {
    draw([], params.basis);
    status(error.message, true);
  }
}

function draw(events, basis) {
  entries = new Map(events.map(e => [e.key, e]));
  const placed = [];
  let undated = 0;
  for (const event of events) {
    const item = toItem(event, basis);
    if (item) placed.push(item); else undated++;
  }
  const types = [...new Set(placed.map(i => i.group))];
  const order = Object.keys(EVENT_COLORS);
  groups.clear();
  groups.add(types.map(type => ({
    id: type, order: order.indexOf(type), content: el('span', { class: 'lane' }, swatch(eventColor(type)), type),
  })));
  items.clear();
  items.add(placed);
  const box = document.getElementById('timeline');
  box.dataset.items = String(placed.length);
  document.getElementById('tl-summary').textContent = `${placed.length} event${placed.length === 1 ? '' : 's'}`
    + (undated ? `; ${undated} without a ${basis === 'published' ? 'publication ' : ''}date not shown` : '')
    + (placed.length ? ' — scroll to zoom, drag to move, click an event for its sources.' : '');
  if (placed.length) fit();
}

/** Fits every event in the window, with room on the right for the labels of the last ones. */
function fit() {
  timeline.fit({ animation: false });
  const { start, end } = timeline.getWindow();
  const span = Math.max(end - start, 1000 * 60 * 60 * 24 * 30);
  timeline.setWindow(new Date(start.getTime() - span * 0.03), new Date(end.getTime() + span * 0.18), { animation: false });
}

function toItem(event, basis) {
  const type = event.type.toLowerCase();
  const names = event.participants.map(p => p.name).join(' · ');
  const base = {
    id: event.key, group: type, className: 'event type-' + type,
    content: el('span', { class: 'item-label', text: names || type }),
    title: el('span', { text: `${type} — ${dateText(event)}${names ? ' — ' + names : ''}` }),
  };
  if (basis === 'published') {
    const first = event.reports.map(r => r.published).filter(Boolean).sort()[0];
    if (!first) return null;
    return { ...base, start: day(first), type: 'point', style: `--type-color:${eventColor(type)}` };
  }
  if (!event.date) return null;
  const [start, end] = period(event.date, event.mod);
  if (event.precision === 'DAY' || event.precision === 'MONTH') {
    return { ...base, start, type: 'point', style: `--type-color:${eventColor(type)}` };
  }
  return { ...base, start, end, type: 'range', style: `--type-color:${eventColor(type)}` };
}

function dateText(event) {
  return event.date ? event.date + (event.mod ? ` (${event.mod.toLowerCase()})` : '') : 'undated';
}

function day(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** First and last instant of a date value (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD), narrowed by a modifier. */
export function period(value, mod) {
  const y = Number(value.slice(0, 4));
  let start;
  let end;
  if (value.length === 4) { start = new Date(y, 0, 1); end = new Date(y + 1, 0, 1); }
  else if (value[5] === 'H') { const h = Number(value[6]) - 1; start = new Date(y, h * 6, 1); end = new Date(y, h * 6 + 6, 1); }
  else if (value[5] === 'Q') { const q = Number(value[6]) - 1; start = new Date(y, q * 3, 1); end = new Date(y, q * 3 + 3, 1); }
  else if (value.length === 7) { const m = Number(value.slice(5, 7)) - 1; start = new Date(y, m, 1); end = new Date(y, m + 1, 1); }
  else { start = day(value); end = new Date(start.getTime() + 86400000); }
  const span = end - start;
  if (mod === 'START') end = new Date(start.getTime() + span / 3);
  else if (mod === 'MID') { start = new Date(start.getTime() + span / 3); end = new Date(start.getTime() + span / 3); }
  else if (mod === 'END') start = new Date(end.getTime() - span / 3);
  return [start, end];
}

/** Selects an event by key and shows its details (for links to one event). */
export function selectEvent(key) {
  if (!entries.has(key)) return;
  timeline.setSelection([key]);
  showDetails(key);
}

function showDetails(key) {
  const event = entries.get(key);
  if (!event) { hideDetails(); return; }
  const panel = document.getElementById('event-details');
  panel.replaceChildren(
    el('button', { type: 'button', class: 'close', 'aria-label': 'close', text: '×', onclick: hideDetails }),
    el('h2', {}, swatch(eventColor(event.type)), `${event.type.toLowerCase()} · ${dateText(event)}`),
    el('p', { class: 'participants' }, ...event.participants.map(p =>
      el('button', { type: 'button', class: 'entity-link', title: `explore ${p.name}`, onclick: () => onEntity(p.name) },
        `${p.name}${p.role ? ' (' + p.role + ')' : ''}`))),
    el('h3', { text: event.reports.length === 1 ? 'Source' : `${event.reports.length} sources` }),
    ...event.reports.map(reportBlock));
  panel.hidden = false;
}

function hideDetails() {
  document.getElementById('event-details').hidden = true;
  if (timeline) timeline.setSelection([]);
}

async function exportTimelineJs(event) {
  event.preventDefault();
  const params = filters();
  try {
    const doc = await getJson('export/timelinejs', params.type[0] === 'none-selected' ? { ...params, type: [] } : params);
    const link = el('a', { href: URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' })),
      download: 'timeline.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    status(error.message, true);
  }
}

function swatch(color) {
  const dot = el('span', { class: 'swatch' });
  dot.style.backgroundColor = color;
  return dot;
}

