// Chronograph's page: tabs over five views, shared entity names for the search fields, and the graph's counts.

import { getJson, takeTokenFromAddress } from './api.js';
import { el, status } from './dom.js';
import { initTimeline, load as loadTimeline, selectEvent, showEntityTimeline } from './timeline-view.js';
import { initMoves, showMoves } from './moves-view.js';
import { initExplorer, start as explore } from './explorer-view.js';
import { initConflicts, showConflicts } from './conflicts-view.js';
import { initPath, find as findPath } from './path-view.js';

const VIEWS = { timeline: () => Promise.resolve(), moves: showMoves, explorer: () => Promise.resolve(),
  path: () => Promise.resolve(), conflicts: showConflicts };

function select(view) {
  for (const tab of document.querySelectorAll('#tabs [data-view]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  }
  for (const name of Object.keys(VIEWS)) {
    document.getElementById(name + '-view').hidden = name !== view;
  }
  return VIEWS[view]();
}

async function main() {
  // deep links: #view=moves, #view=explorer&entity=NAME, #view=timeline&entity=NAME (with its neighbourhood),
  // #view=path&from=NAME&to=NAME, #event=KEY (that event selected on the timeline)
  const link = new URLSearchParams(location.hash.slice(1));
  takeTokenFromAddress();
  for (const tab of document.querySelectorAll('#tabs [data-view]')) {
    tab.addEventListener('click', () => select(tab.dataset.view));
  }
  try {
    const [vocabulary, stats, entities] = await Promise.all([
      getJson('vocabulary'), getJson('stats'), getJson('entities', { limit: 1000 })]);
    document.getElementById('stats').textContent =
      `${stats.articles} articles · ${stats.entities} entities · ${stats.events} events · ${stats.moves} moves`;
    document.getElementById('entity-names').replaceChildren(
      ...entities.entities.map(e => el('option', { value: e.name, label: e.type })));
    initTimeline(vocabulary.eventTypes, name => { select('explorer'); explore(name); });
    initMoves();
    initExplorer(name => { select('timeline'); showEntityTimeline(name); });
    initConflicts();
    initPath(name => { select('explorer'); explore(name); });
    document.body.dataset.ready = 'true';
    const view = VIEWS[link.get('view')] ? link.get('view') : 'timeline';
    const entity = link.get('entity');
    if (view === 'timeline' && entity) await showEntityTimeline(entity);
    else await loadTimeline();
    if (link.get('event')) selectEvent(link.get('event'));
    if (view !== 'timeline') await select(view);
    if (view === 'explorer' && entity) await explore(entity);
    if (view === 'path' && link.get('from') && link.get('to')) await findPath(link.get('from'), link.get('to'));
  } catch (error) {
    status(error.message, true);
  }
}

main();
