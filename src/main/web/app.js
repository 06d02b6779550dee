// Chronograph's page: one address per view (router.js), tabs over the views (the WAI-ARIA tabs pattern), the search
// box of the header, "copy link", and the graph's counts.

import { getJson, takeTokenFromAddress } from './api.js';
import { el, status } from './dom.js';
import { Router, VIEWS, paramsOf, viewOf } from './router.js';
import { initSearch } from './search.js';
import * as timeline from './timeline-view.js';
import * as entity from './entity-view.js';
import * as moves from './moves-view.js';
import * as explorer from './explorer-view.js';
import * as path from './path-view.js';
import * as conflicts from './conflicts-view.js';
import * as curations from './curations-view.js';

const MODULES = { timeline, entity, moves, explorer, path, conflicts, curations };
const TITLES = { timeline: 'Timeline', entity: 'Entity', moves: 'Who moved where', explorer: 'Graph explorer', path: 'Path',
  conflicts: 'Sources disagree', curations: 'Curations' };
/** Parameters that may repeat in an address. */
const LISTS = ['type', 'expand'];
/** The last address of each view, so that its tab goes back to it. */
const lastSearch = {};

const router = new Router(show);

/** What the views may ask of the page. */
const nav = {
  go: (view, params, options) => router.navigate(view, params, options),
  entity: name => router.navigate('entity', { name }),
  title: text => { document.title = text ? `${text} · Chronograph` : 'Chronograph'; },
  changed: () => loadNames(),
};

function tabs() {
  return [...document.querySelectorAll('#tabs [role=tab]')];
}

function selectTab(view) {
  for (const tab of tabs()) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const name of VIEWS) document.getElementById(name + '-view').hidden = name !== view;
}

async function show(view, search) {
  selectTab(view);
  lastSearch[view] = search;
  document.body.dataset.view = view;
  nav.title(TITLES[view]);
  try {
    await MODULES[view].open(paramsOf(search, LISTS));
  } catch (error) {
    status(error, true);
  }
}

function openTab(view) {
  return router.navigate(view, paramsOf(lastSearch[view] || '', LISTS));
}

/** Tabs: click or Enter/Space opens one; Left/Right (and Home/End) move between them and open the one reached. */
function initTabs() {
  for (const tab of tabs()) {
    tab.addEventListener('click', () => openTab(tab.dataset.view));
    tab.addEventListener('keydown', event => {
      const all = tabs();
      const index = all.indexOf(tab);
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = all[(next + all.length) % all.length];
      target.focus();
      openTab(target.dataset.view);
    });
  }
}

/** Links to a view of this page (entity?name=..., timeline?...) change the view without reloading it. */
function initLinks() {
  document.addEventListener('click', event => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
        || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith(new URL('api/', location.href).pathname)) return;
    const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    if (!VIEWS.includes(last)) return;
    event.preventDefault();
    router.navigate(viewOf(url.pathname), paramsOf(url.search, LISTS));
  });
}

async function copyLink() {
  const address = location.href;
  try {
    await navigator.clipboard.writeText(address);
    status(`Link copied: ${address}`);
  } catch (error) {
    // no clipboard here (an address that is not localhost nor https): the address, selected, to copy by hand
    const field = el('input', { class: 'copy-field', value: address, readonly: true, 'aria-label': 'Address of this view' });
    status('Copy this address: ');
    document.getElementById('status').append(field);
    field.select();
  }
  document.getElementById('copy-link').dataset.copied = address;
}

async function loadNames() {
  const [stats, entities] = await Promise.all([getJson('stats'), getJson('entities', { limit: 1000 })]);
  document.getElementById('stats').textContent =
    `${stats.articles} articles · ${stats.entities} entities · ${stats.events} events · ${stats.moves} moves`;
  document.getElementById('entity-names').replaceChildren(
    ...entities.entities.map(e => el('option', { value: e.name, label: e.type })));
}

async function main() {
  takeTokenFromAddress();
  initTabs();
  initLinks();
  document.getElementById('copy-link').addEventListener('click', copyLink);
  try {
    const [vocabulary] = await Promise.all([getJson('vocabulary'), loadNames()]);
    initSearch(nav);
    timeline.init(nav, vocabulary.eventTypes);
    entity.init(nav);
    moves.init(nav);
    explorer.init(nav);
    path.init(nav);
    conflicts.init(nav);
    curations.init(nav);
    document.body.dataset.ready = 'true';
    await router.start();
  } catch (error) {
    status(error, true);
  }
}

main();
