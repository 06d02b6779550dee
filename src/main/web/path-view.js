// The path view: how two entities are connected (/path?from=A&to=B&maxHops=4). The chain is drawn left to right
// (entities as circles, the events and moves that link them as boxes) and listed below, each step with the sentence and
// article that report it. When no chain of shared events and moves is short enough, the API answers with sentences
// that name both ends of each step (co-mentions): said plainly, and drawn dashed.

import cytoscape from './vendor/cytoscape/dist/cytoscape.esm.min.mjs';
import { getJson } from './api.js';
import { entityColor, eventColor } from './colors.js';
import { el, entityLink, plural, reportBlock, status, value } from './dom.js';

let cy;
let nav;
let loadedKey = null;

export function init(navigation) {
  nav = navigation;
  cy = cytoscape({
    container: document.getElementById('path-graph'),
    wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 1.4, autoungrabify: true,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'wrap',
        'text-max-width': 130, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node.entity', style: { 'background-color': 'data(color)', width: 30, height: 30 } },
      { selector: 'node.end', style: { 'border-width': 4, 'border-color': '#1f2a37' } },
      { selector: 'node.link', style: {
        shape: 'round-rectangle', width: 16, height: 16, 'background-color': '#fff', 'border-width': 3,
        'border-color': 'data(color)', 'font-size': 11, color: '#333' } },
      { selector: 'edge', style: {
        label: 'data(label)', 'curve-style': 'straight', width: 2, 'line-color': '#9aa5b1', 'font-size': 10,
        color: '#555', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-margin-y': -9 } },
      { selector: '.co', style: { 'line-style': 'dashed', 'border-style': 'dashed' } },
    ],
  });
  cy.on('tap', 'node.entity', event => nav.entity(event.target.data('name')));
  document.getElementById('path-form').addEventListener('submit', event => {
    event.preventDefault();
    nav.go('path', formParams());
  });
  document.getElementById('pa-swap').addEventListener('click', () => {
    const from = value('pa-from');
    document.getElementById('pa-from').value = value('pa-to');
    document.getElementById('pa-to').value = from;
  });
}

function formParams() {
  const hops = value('pa-hops');
  return { from: value('pa-from'), to: value('pa-to'), maxHops: hops === '4' ? '' : hops };
}

export async function open(params) {
  document.getElementById('pa-from').value = params.from || '';
  document.getElementById('pa-to').value = params.to || '';
  document.getElementById('pa-hops').value = /^[1-6]$/.test(params.maxHops || '') ? params.maxHops : '4';
  const wanted = formParams();
  const key = JSON.stringify(wanted);
  cy.resize();
  if (key === loadedKey) return;
  loadedKey = key;
  nav.title(wanted.from && wanted.to ? `${wanted.from} → ${wanted.to}` : 'Path');
  if (!wanted.from || !wanted.to) {
    cy.elements().remove();
    document.getElementById('path-steps').replaceChildren(el('p', { class: 'hint', text: 'Name two entities to see how they are connected.' }));
    return;
  }
  await find(wanted.from, wanted.to);
}

/** Looks for the path between two entities (names, aliases or keys) and shows it. */
async function find(from, to) {
  const steps = document.getElementById('path-steps');
  status('Looking for a path…');
  try {
    const path = await getJson('path', { from, to, maxHops: value('pa-hops') });
    draw(path);
    steps.replaceChildren(...list(path).filter(Boolean));
    status('');
  } catch (error) {
    cy.elements().remove();
    steps.replaceChildren();
    const which = error.message.includes(`'${from}'`) ? 'from' : 'to';
    status(error, true, name => nav.go('path', { ...formParams(), [which]: name }));
  }
}

function found(path) {
  return path.steps.length > 0 || path.from.key === path.to.key;
}

/** The chain as a graph: entity, link, entity, link, ... on one line. */
function draw(path) {
  cy.elements().remove();
  const box = document.getElementById('path-graph');
  box.dataset.steps = String(path.steps.length);
  box.dataset.found = String(found(path));
  if (!found(path)) { cy.resize(); return; }
  const entities = [path.from, ...path.steps.map(s => s.to)];
  const elements = [];
  const gap = 120;
  entities.forEach((e, i) => elements.push({ group: 'nodes', classes: 'entity' + (i === 0 || i === entities.length - 1 ? ' end' : ''),
    data: { id: 'e' + i, name: e.name, label: e.name, color: entityColor(e.type) }, position: { x: 2 * i * gap, y: 0 } }));
  path.steps.forEach((s, i) => {
    const co = s.kind === 'CO-MENTION' ? ' co' : '';
    elements.push({ group: 'nodes', classes: 'link' + co,
      data: { id: 'l' + i, label: linkText(s), color: s.kind === 'MOVE' ? '#1aadce' : co ? '#6b7280' : eventColor(s.kind) },
      position: { x: (2 * i + 1) * gap, y: 0 } });
    elements.push({ group: 'edges', classes: co, data: { id: 'a' + i, source: 'e' + i, target: 'l' + i, label: s.fromRole || '' } });
    elements.push({ group: 'edges', classes: co, data: { id: 'b' + i, source: 'l' + i, target: 'e' + (i + 1), label: s.toRole || '' } });
  });
  cy.add(elements);
  cy.resize();
  cy.layout({ name: 'preset', fit: true, padding: 60 }).run();
}

function when(step) {
  if (!step.date) return 'undated';
  return step.mod ? `${step.date} (${step.mod.toLowerCase()})` : step.date;
}

function linkText(step) {
  if (step.kind === 'CO-MENTION') return `named together in ${plural(step.sentences || step.reports.length, 'sentence')}`;
  const what = step.kind === 'MOVE' ? 'move' + (step.mover ? ' of ' + step.mover : '') : step.kind.toLowerCase();
  return `${what}, ${when(step)}`;
}

/** The chain as a list: one item per step, with its sentences. */
function list(path) {
  if (!found(path)) {
    const most = Number(value('pa-hops'));
    return [el('p', { class: 'empty',
      text: `No path from ${path.from.name} to ${path.to.name} in ${most === 1 ? 'one step' : most + ' steps or fewer'}.` })];
  }
  if (!path.steps.length) return [el('p', { class: 'empty', text: `${path.from.name} and ${path.to.name} are the same entity.` })];
  const co = path.basis === 'co-mentions';
  const most = Number(value('pa-hops'));
  return [
    el('h2', { text: `${path.from.name} → ${path.to.name}: ${plural(path.steps.length, 'step')}${co ? ', through co-mentions only' : ''}` }),
    co ? el('p', { class: 'caveat', text: `No shared event or move links them in ${most === 1 ? 'one step' : most + ' steps or fewer'}: `
      + 'each step below is only sentences that name both entities (a co-mention), the weakest kind of link.' }) : null,
    el('ol', { class: 'steps' }, ...path.steps.map(s => el('li', { class: 'step' + (s.kind === 'CO-MENTION' ? ' co' : '') },
      el('p', { class: 'hop' },
        el('strong', {}, entityLink(s.from.name, s.from.type)), el('span', { class: 'meta', text: s.fromRole ? ` (${s.fromRole})` : '' }),
        ' — ', el('span', { class: 'link', text: linkText(s) }), ' — ',
        el('strong', {}, entityLink(s.to.name, s.to.type)), el('span', { class: 'meta', text: s.toRole ? ` (${s.toRole})` : '' })),
      ...s.reports.map(reportBlock)))),
  ];
}
