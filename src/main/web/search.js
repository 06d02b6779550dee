// The search box of the header (the WAI-ARIA combobox pattern): entities by name or alias as one types, from the
// API's full-text search (word prefixes, else words that hold the text, else near spellings: "did you mean").
// Enter opens the chosen entity's page, or the page of the name typed (which says what it may mean).

import { getJson } from './api.js';
import { entityColor } from './colors.js';
import { el, plural, swatch } from './dom.js';

const DELAY_MS = 120;
let input;
let list;
let hits = [];
let active = -1;
let timer;
let asked = 0;
let controller;
let nav;

export function initSearch(navigation) {
  nav = navigation;
  input = document.getElementById('search');
  list = document.getElementById('search-list');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, DELAY_MS);
  });
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => { if (hits.length && input.value.trim()) open(); });
}

async function suggest() {
  const text = input.value.trim();
  const mine = ++asked;
  if (controller) controller.abort();
  if (!text) { hits = []; close(); return; }
  controller = new AbortController();
  try {
    const body = await getJson('search', { q: text, limit: 8 }, { signal: controller.signal });
    if (mine !== asked) return;
    hits = body.entities;
    active = -1;
    render(text);
  } catch (error) {
    if (error.name === 'AbortError' || mine !== asked) return;
    hits = [];
    list.replaceChildren(el('li', { class: 'none', role: 'presentation', text: error.message }));
    open();
  }
}

function render(text) {
  const fuzzy = hits.length && hits.every(h => h.match === 'fuzzy');
  list.replaceChildren(
    ...(fuzzy ? [el('li', { class: 'group', role: 'presentation', text: `No entity named “${text}”. Did you mean:` })] : []),
    ...hits.map((hit, index) => el('li', {
      id: 'search-option-' + index, role: 'option', class: 'option', 'aria-selected': 'false',
      onmousedown: event => { event.preventDefault(); choose(index); },
    },
    swatch(entityColor(hit.type)),
    el('span', { class: 'name', text: hit.name }),
    hit.matched && hit.matched !== hit.name ? el('span', { class: 'alias', text: ` also “${hit.matched}”` }) : null,
    el('span', { class: 'meta', text: ` ${hit.type} · ${plural(hit.articles, 'article')} · ${plural(hit.events, 'event')}`
      + (hit.moves ? ` · ${plural(hit.moves, 'move')}` : '') }))));
  if (!hits.length) list.append(el('li', { class: 'none', role: 'presentation', text: `No entity matches “${text}”.` }));
  list.dataset.count = String(hits.length);
  open();
}

function open() {
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

function close() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function highlight(index) {
  active = index;
  list.querySelectorAll('[role=option]').forEach((option, i) => {
    option.setAttribute('aria-selected', String(i === index));
    if (i === index) option.scrollIntoView({ block: 'nearest' });
  });
  if (index >= 0) input.setAttribute('aria-activedescendant', 'search-option-' + index);
  else input.removeAttribute('aria-activedescendant');
}

function onKey(event) {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!hits.length) return;
    event.preventDefault();
    if (list.hidden) open();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    let next = active + step;
    if (next >= hits.length) next = 0;
    if (next < 0) next = hits.length - 1;
    highlight(next);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (active >= 0 && hits[active]) choose(active);
    else if (input.value.trim()) go(exact() || input.value.trim());
  } else if (event.key === 'Escape') {
    if (!list.hidden) { event.preventDefault(); close(); } else input.value = '';
  }
}

/** The hit named exactly as typed (or, when the only suggestion is no near spelling, that one). */
function exact() {
  const text = input.value.trim().toLowerCase();
  const same = hits.find(h => h.name.toLowerCase() === text || (h.matched || '').toLowerCase() === text);
  if (same) return same.name;
  const close = hits.filter(h => h.match !== 'fuzzy');
  return close.length === 1 ? close[0].name : null;
}

function choose(index) {
  go(hits[index].name);
}

function go(name) {
  close();
  input.value = '';
  hits = [];
  nav.entity(name);
}
