// The graph explorer: start from an entity, click entities to add their neighbours; the side panel shows the
// selected entity, its links, and for a person their career. The address keeps the entity and those expanded
// (/explorer?entity=Meta&expand=llama-3), so a link opens the same graph.

import cytoscape from './vendor/cytoscape/dist/cytoscape.esm.min.mjs';
import { getJson } from './api.js';
import { SELECTION_COLOR, entityColor, entityLegend } from './colors.js';
import { el, entityLink, status, value, viewLink } from './dom.js';

let cy;
let nav;
let loadedKey = null;
let startedFrom = null;
const expanded = new Set();
// how many clicks away from the first entity each node is: the rings of the layout
const depth = new Map();

export function init(navigation) {
  nav = navigation;
  cy = cytoscape({
    container: document.getElementById('graph'),
    wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 1.5,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': 'data(color)', 'font-size': 12, 'text-valign': 'bottom',
        'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2, width: 22, height: 22 } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#333' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECTION_COLOR } },
      { selector: 'edge', style: {
        label: 'data(label)', 'curve-style': 'bezier', 'font-size': 9, color: '#555', 'line-color': '#bbb',
        'target-arrow-color': '#bbb', 'target-arrow-shape': 'data(arrow)', width: 'data(width)',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-rotation': 'autorotate',
        'text-wrap': 'ellipsis', 'text-max-width': 160 } },
      // only named together in sentences: a weaker link, dashed
      { selector: 'edge[co = 1]', style: { 'line-style': 'dashed', 'line-color': '#c5cad3' } },
    ],
  });
  cy.on('tap', 'node', async event => {
    const key = event.target.id();
    await expand(key);
    remember();
  });
  document.getElementById('explorer-form').append(entityLegend());
  document.getElementById('explorer-form').addEventListener('submit', event => {
    event.preventDefault();
    nav.go('explorer', { entity: value('ex-entity') });
  });
  document.getElementById('ex-clear').addEventListener('click', () => nav.go('explorer', {}));
}

/** Shows the graph an address asks for: its entity, then the entities it expands, in order. */
export async function open(params) {
  const more = (params.expand || []).filter(Boolean);
  const key = JSON.stringify([params.entity || '', more]);
  cy.resize();
  if (key === loadedKey) return;
  loadedKey = key;
  document.getElementById('ex-entity').value = params.entity || '';
  if (!params.entity) {
    clear();
    startedFrom = null;
    nav.title('Graph explorer');
    return;
  }
  await start(params.entity);
  for (const k of more) {
    if (!expanded.has(k)) await expand(k);
  }
  nav.title(`Explore ${params.entity}`);
}

/** Puts the expanded entities in the address (the same history entry: a click within the view). */
function remember() {
  const more = [...expanded].filter(k => k !== startedFrom);
  const params = { entity: value('ex-entity'), expand: more };
  loadedKey = JSON.stringify([params.entity, more]);
  nav.go('explorer', params, { replace: true, render: false });
}

function clear() {
  cy.elements().remove();
  expanded.clear();
  depth.clear();
  document.getElementById('entity-details').hidden = true;
  cy.resize();
  count();
}

/** Starts over from one entity. */
async function start(name) {
  document.getElementById('ex-entity').value = name;
  clear();
  cy.resize();
  startedFrom = await expand(null, name);
}

/** Adds the neighbours of a node (by key), or of an entity by name when {@code key} is null. */
async function expand(key, name) {
  status('Loading neighbours…');
  try {
    const body = await getJson('related', { entity: key || name, limit: 60 });
    const center = body.entity;
    const added = [];
    if (cy.$id(center.key).empty()) added.push(nodeOf(center.key, center.name, center.type));
    for (const n of body.neighbours) {
      if (cy.$id(n.key).empty() && !added.some(a => a.data.id === n.key)) added.push(nodeOf(n.key, n.name, n.type));
      link(n.direction === 'in' ? n.key : center.key, n.direction === 'in' ? center.key : n.key, n, added);
    }
    if (!depth.has(center.key)) depth.set(center.key, 0);
    for (const item of added) {
      if (!item.data.source && !depth.has(item.data.id)) depth.set(item.data.id, depth.get(center.key) + 1);
    }
    cy.add(added);
    expanded.add(center.key);
    cy.$id(center.key).addClass('expanded');
    details(center, body.neighbours);
    cy.resize();
    cy.layout({ name: 'concentric', animate: false, concentric: node => 100 - (depth.get(node.id()) ?? 9),
      levelWidth: () => 1, minNodeSpacing: 70, padding: 40, avoidOverlap: true }).run();
    cy.fit(undefined, 40);
    cy.elements().unselect();
    cy.$id(center.key).select();
    count();
    status('');
    return center.key;
  } catch (error) {
    status(error, true, name => nav.go('explorer', { entity: name }));
    return null;
  }
}

/**
 * One edge per pair of entities, labelled with every relation between them ("joined · affiliated · founding");
 * an arrow only when there is a single relation with a direction.
 */
function link(source, target, neighbour, added) {
  const id = [source, target].sort().join('|');
  let edge = cy.$id(id).nonempty() ? cy.$id(id).data() : added.find(a => a.data.id === id)?.data;
  if (!edge) {
    edge = { id, source, target, relations: [] };
    added.push({ data: edge });
  }
  const label = neighbour.relation + (neighbour.count > 1 ? ' ×' + neighbour.count : '');
  if (!edge.relations.includes(label)) edge.relations.push(label);
  const single = edge.relations.length === 1 && neighbour.direction !== 'both';
  const co = edge.relations.every(r => r.startsWith('co-mentioned')) ? 1 : 0;
  const update = { label: edge.relations.join(' · '), arrow: single ? 'triangle' : 'none', width: 1 + edge.relations.length / 2,
    relations: edge.relations, co };
  if (cy.$id(id).nonempty()) cy.$id(id).data(update); else Object.assign(edge, update);
}

function nodeOf(key, name, type) {
  return { data: { id: key, label: name, type, color: entityColor(type) } };
}

function count() {
  const box = document.getElementById('graph');
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
}

async function details(entity, neighbours) {
  const panel = document.getElementById('entity-details');
  const byRelation = new Map();
  for (const n of neighbours) {
    if (!byRelation.has(n.relation)) byRelation.set(n.relation, []);
    byRelation.get(n.relation).push(n);
  }
  panel.replaceChildren(
    el('h2', {}, entityLink(entity.name, entity.type)),
    el('p', { class: 'meta', text: `${entity.type} · ${entity.key}` }),
    el('p', { class: 'entity-links' }, viewLink('entity', { name: entity.name }, 'Its page'),
      viewLink('timeline', { entity: entity.name, neighbourhood: true }, 'Timeline with its neighbourhood')),
    ...[...byRelation].map(([relation, list]) => el('div', { class: 'relation' },
      el('h3', { text: relation }),
      el('ul', {}, ...list.map(n => el('li', {}, `${n.direction === 'in' ? '← ' : n.direction === 'out' ? '→ ' : ''}${n.name}`,
        el('span', { class: 'meta', text: ` ${n.type || ''}${n.first ? ' · ' + n.first + (n.last && n.last !== n.first ? '…' + n.last : '') : ''}` })))))));
  panel.hidden = false;
  if (entity.type === 'Person') {
    try {
      const career = await getJson('career', { person: entity.key });
      if (!career.steps.length) return;
      panel.append(el('div', { class: 'career' }, el('h3', { text: 'Career' }),
        el('ol', {}, ...career.steps.map(s => el('li', {}, el('strong', { text: s.org }),
          ` ${s.start || '?'} – ${s.end || (s.current ? 'now' : '?')}`)))));
    } catch (error) {
      status(error, true);
    }
  }
}
