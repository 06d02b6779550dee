// Who moved where: organizations as nodes, one link per flow of people (organization left -> organization joined)
// labelled with the people and their dates; a list of the same flows; clicking a flow shows its moves and sources.

import cytoscape from './vendor/cytoscape/dist/cytoscape.esm.min.mjs';
import { getJson } from './api.js';
import { entityColor, entityLegend } from './colors.js';
import { el, reportBlock, status, value } from './dom.js';

const UNKNOWN_FROM = '?from';
const UNKNOWN_TO = '?to';
let cy;
let flows = [];
let loaded = false;

export function initMoves() {
  cy = cytoscape({
    container: document.getElementById('flows'),
    wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 1.5,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': 'data(color)', color: '#222', 'font-size': 12,
        'text-valign': 'bottom', 'text-margin-y': 4, width: 'data(size)', height: 'data(size)',
        'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node.unknown', style: { 'background-color': '#ccc', shape: 'round-rectangle' } },
      { selector: 'edge', style: {
        label: 'data(label)', width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': '#8aa', 'target-arrow-color': '#8aa', 'font-size': 10, 'text-wrap': 'wrap',
        'text-max-width': 180, 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 2, 'text-rotation': 'autorotate' } },
      { selector: 'edge.bowed', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [90],
        'control-point-weights': [0.5], 'text-rotation': 'none' } },
      { selector: 'edge:selected', style: { 'line-color': '#e4572e', 'target-arrow-color': '#e4572e' } },
    ],
  });
  cy.on('tap', 'edge', event => showFlow(event.target.data('flow')));
  document.getElementById('moves-filters').append(entityLegend());
  document.getElementById('moves-filters').addEventListener('submit', event => { event.preventDefault(); load(); });
}

/** Loads the flows once, the first time the view is shown. */
export function showMoves() {
  cy.resize();
  if (!loaded) return load();
  return Promise.resolve();
}

export async function load() {
  loaded = true;
  document.getElementById('flow-details').hidden = true;
  cy.resize();
  status('Loading who moved where…');
  try {
    const body = await getJson('flows', { person: value('mv-person'), org: value('mv-org'), from: value('mv-from'), to: value('mv-to') });
    flows = body.flows;
    draw();
    status('');
  } catch (error) {
    flows = [];
    draw();
    status(error.message, true);
  }
}

function draw() {
  const nodes = new Map();
  const node = (key, name, type, fallback) => {
    const id = key || fallback;
    if (!nodes.has(id)) {
      nodes.set(id, { data: { id, label: name || 'unknown', color: entityColor(type), size: 18, moves: 0 },
        classes: key ? '' : 'unknown' });
    }
    nodes.get(id).data.moves += 1;
    return id;
  };
  const edges = flows.map((flow, index) => {
    const source = node(flow.fromKey, flow.from, flow.fromType, UNKNOWN_FROM);
    const target = node(flow.toKey, flow.to, flow.toType, UNKNOWN_TO);
    return { data: { id: 'flow' + index, source, target, flow: index, label: peopleText(flow, 3),
      width: 1.5 + 2 * Math.log2(1 + flow.moves) } };
  });
  for (const n of nodes.values()) n.data.size = 16 + 6 * Math.sqrt(n.data.moves);
  // the list first: it takes room from the diagram, which must know its final size before the layout
  const list = document.getElementById('flow-list');
  list.replaceChildren(...flows.map((flow, index) => el('li', {},
    el('button', { type: 'button', class: 'flow', onclick: () => showFlow(index) },
      el('strong', { text: `${flow.from || 'unknown'} → ${flow.to || 'unknown'}` }), ` (${flow.moves}): `, peopleText(flow)))));
  if (!flows.length) list.append(el('li', { class: 'empty', text: 'No moves match.' }));
  cy.resize();
  cy.elements().remove();
  cy.add([...nodes.values(), ...edges]);
  const positions = columns(nodes, edges);
  cy.layout({ name: 'preset', positions, padding: 40 }).run();
  // links between two organizations of one column bow out, so that their labels stay readable
  cy.edges().filter(e => positions[e.source().id()].x === positions[e.target().id()].x).addClass('bowed');
  cy.fit(undefined, 40);
  const box = document.getElementById('flows');
  box.dataset.nodes = String(nodes.size);
  box.dataset.edges = String(edges.length);
}

/**
 * Positions that read left to right: organizations people only left on the left, those they only joined on the
 * right, the others in the middle; each column by number of moves, most first.
 */
function columns(nodes, edges) {
  const out = new Map();
  const into = new Map();
  for (const e of edges) {
    out.set(e.data.source, (out.get(e.data.source) || 0) + 1);
    into.set(e.data.target, (into.get(e.data.target) || 0) + 1);
  }
  const column = id => (!into.has(id) ? 0 : !out.has(id) ? 2 : 1);
  const stacks = [[], [], []];
  for (const n of nodes.values()) stacks[column(n.data.id)].push(n.data);
  const positions = {};
  stacks.forEach((stack, x) => {
    stack.sort((a, b) => b.moves - a.moves || a.label.localeCompare(b.label));
    stack.forEach((data, y) => {
      positions[data.id] = { x: x * 420, y: (y - (stack.length - 1) / 2) * 90 + (x === 1 ? 45 : 0) };
    });
  });
  return positions;
}

function peopleText(flow, max = Infinity) {
  const people = flow.people.map(p => p.date ? `${p.name} (${p.date})` : p.name);
  return people.length > max ? `${people.slice(0, max).join('\n')}\n+${people.length - max} more` : people.join(max === Infinity ? ', ' : '\n');
}

async function showFlow(index) {
  const flow = flows[index];
  if (!flow) return;
  cy.elements().unselect();
  cy.$id('flow' + index).select();
  const panel = document.getElementById('flow-details');
  panel.replaceChildren(el('h2', { text: `${flow.from || 'unknown'} → ${flow.to || 'unknown'}` }), el('p', { text: 'Loading…' }));
  if (panel.hidden) {
    panel.hidden = false;
    cy.resize();
    cy.fit(undefined, 40);
  }
  try {
    // an unknown side is no filter: the moves are then picked by key
    const params = { origin: flow.fromKey, destination: flow.toKey, from: value('mv-from'), to: value('mv-to') };
    const body = await getJson('moves', params);
    const keys = new Set(flow.people.map(p => p.moveKey));
    const moves = body.moves.filter(m => keys.has(m.key));
    panel.replaceChildren(
      el('button', { type: 'button', class: 'close', 'aria-label': 'close', text: '×', onclick: () => {
        panel.hidden = true;
        cy.resize();
        cy.fit(undefined, 40);
      } }),
      el('h2', { text: `${flow.from || 'unknown'} → ${flow.to || 'unknown'}` }),
      ...moves.map(m => el('div', { class: 'move' },
        el('h3', { text: `${m.person}${m.date ? ' · ' + m.date : ''}` }),
        ...m.reports.map(reportBlock))));
  } catch (error) {
    panel.replaceChildren(el('p', { class: 'error', text: error.message }));
  }
}
