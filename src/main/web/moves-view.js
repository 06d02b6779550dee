// Who moved where, as a flow diagram (an Apache ECharts Sankey): on the left the organizations people left, on the
// right those they joined, one band per flow (its width: the number of moves). Each side is ordered so that bands
// cross little (the left by moves, the right by where its bands come from); an origin or destination no article names
// is one node of its own on its side, grey, below a gap. The list beside says the same in words; a band or a line of
// the list opens the moves with their sentences. Filters and the open flow are in the address
// (/moves?org=Meta&flow=meta>anthropic).

import { init as initChart } from './vendor/echarts/dist/echarts.esm.min.mjs';
import { getJson } from './api.js';
import { entityColor } from './colors.js';
import { dateText, el, entityLink, plural, reportBlock, status, value } from './dom.js';

const UNKNOWN = '?';
const UNKNOWN_COLOR = '#c5cad3';
/** Pixels per move (a band of one move), between nodes, and before the "unknown" node. */
const PER_MOVE = 9;
const NODE_GAP = 12;
const UNKNOWN_GAP = 30;
const MARGIN = 16;
let nav;
let chart;
let flows = [];
let current = {};
let loadedKey = null;
let selectedFlow = null;
let generation = 0;
let layout = null;

export function init(navigation) {
  nav = navigation;
  document.getElementById('moves-filters').addEventListener('submit', event => {
    event.preventDefault();
    nav.go('moves', formParams());
  });
  document.getElementById('flow-details').addEventListener('keydown', event => {
    if (event.key === 'Escape') closeFlow();
  });
  new ResizeObserver(() => { if (chart && !document.getElementById('moves-view').hidden) draw(); })
    .observe(document.getElementById('flows-scroll'));
}

function formParams() {
  return { person: value('mv-person'), org: value('mv-org'), from: value('mv-from'), to: value('mv-to') };
}

export async function open(params) {
  for (const [id, name] of [['mv-person', 'person'], ['mv-org', 'org'], ['mv-from', 'from'], ['mv-to', 'to']]) {
    document.getElementById(id).value = params[name] || '';
  }
  current = formParams();
  const key = JSON.stringify(current);
  if (key !== loadedKey) {
    loadedKey = key;
    await load();
  } else {
    draw();
  }
  const index = params.flow ? flows.findIndex(f => flowId(f) === params.flow) : -1;
  if (index >= 0) await showFlow(index, false);
  else hideFlow();
  nav.title(current.org ? `Who moved where: ${current.org}` : current.person ? `Moves of ${current.person}` : 'Who moved where');
}

async function load() {
  const mine = ++generation;
  status('Loading who moved where…');
  try {
    const body = await getJson('flows', current);
    if (mine !== generation) return;
    flows = body.flows;
    status('');
  } catch (error) {
    if (mine !== generation) return;
    flows = [];
    status(error, true, name => nav.go('moves', { ...current, [current.person ? 'person' : 'org']: name }));
  }
  list();
  draw();
}

function flowId(flow) {
  return `${flow.fromKey || UNKNOWN}>${flow.toKey || UNKNOWN}`;
}

function side(flow, end) {
  return end === 'from' ? (flow.from || 'unknown origin') : (flow.to || 'unknown destination');
}

function peopleText(flow) {
  return flow.people.map(p => p.date ? `${p.name} (${p.date})` : p.name).join(', ');
}

/** The readable list: one line per flow, most moves first, as the API orders them. */
function list() {
  const box = document.getElementById('flow-list');
  box.replaceChildren(...flows.map((flow, index) => el('li', {},
    el('button', { type: 'button', class: 'flow', 'data-flow': flowId(flow), onclick: () => openFlow(index) },
      el('strong', {}, el('span', { class: flow.fromKey ? '' : 'unknown-name', text: side(flow, 'from') }), ' → ',
        el('span', { class: flow.toKey ? '' : 'unknown-name', text: side(flow, 'to') })),
      ` (${flow.moves}): `, peopleText(flow)))));
  if (!flows.length) box.append(el('li', { class: 'empty', text: 'No moves match.' }));
  const orgs = new Set(flows.flatMap(f => [f.fromKey, f.toKey]).filter(Boolean));
  const moves = flows.reduce((n, f) => n + f.moves, 0);
  document.getElementById('mv-summary').textContent = flows.length
    ? `${plural(moves, 'move')} between ${plural(orgs.size, 'organization')}, in ${plural(flows.length, 'flow')}.` : '';
}

/**
 * The two columns: nodes (organizations left, organizations joined) in the order they are drawn, the unknown one
 * last, and the links between them.
 */
function columns() {
  const left = new Map();
  const right = new Map();
  const add = (map, key, name, type) => {
    const id = key || UNKNOWN;
    if (!map.has(id)) map.set(id, { id, key, name, type, moves: 0, weight: 0 });
    return map.get(id);
  };
  for (const flow of flows) {
    add(left, flow.fromKey, side(flow, 'from'), flow.fromType).moves += flow.moves;
    add(right, flow.toKey, side(flow, 'to'), flow.toType).moves += flow.moves;
  }
  const byMoves = (a, b) => b.moves - a.moves || a.name.localeCompare(b.name);
  const leftOrder = [...left.values()].filter(n => n.key).sort(byMoves);
  const position = new Map(leftOrder.map((n, i) => [n.id, i]));
  position.set(UNKNOWN, leftOrder.length);
  // a destination goes where its bands come from (the mean position of its origins, by moves): fewer crossings
  for (const flow of flows) right.get(flow.toKey || UNKNOWN).weight += position.get(flow.fromKey || UNKNOWN) * flow.moves;
  const rightOrder = [...right.values()].filter(n => n.key)
    .sort((a, b) => a.weight / a.moves - b.weight / b.moves || byMoves(a, b));
  if (left.has(UNKNOWN)) leftOrder.push(left.get(UNKNOWN));
  if (right.has(UNKNOWN)) rightOrder.push(right.get(UNKNOWN));
  return { leftOrder, rightOrder };
}

function textWidth(texts) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = '12px system-ui, sans-serif';
  return Math.max(0, ...texts.map(t => context.measureText(t).width));
}

function label(node) {
  return `${node.name}  ${node.moves}`;
}

function draw() {
  const box = document.getElementById('flows');
  box.dataset.nodes = '0';
  box.dataset.edges = String(flows.length);
  if (!flows.length) {
    if (chart) chart.clear();
    box.style.height = '0px';
    layout = null;
    return;
  }
  const { leftOrder, rightOrder } = columns();
  const sum = nodes => nodes.reduce((n, x) => n + x.moves, 0);
  const needed = Math.max(...[leftOrder, rightOrder].map(c => sum(c) * PER_MOVE + (c.length - 1) * NODE_GAP));
  const scroller = document.getElementById('flows-scroll');
  const height = Math.max(needed + 2 * MARGIN + UNKNOWN_GAP, scroller.clientHeight - 4);
  box.style.height = `${height}px`;
  const labelWidth = Math.min(260, textWidth([...leftOrder, ...rightOrder].map(label)) + 12);
  if (!chart) chart = initChart(box, null, { renderer: 'svg' });
  chart.resize();
  // the layout's height, as the chart computes it, and its scale (pixels per move), to place the unknown nodes apart
  const innerHeight = height - 2 * MARGIN - UNKNOWN_GAP;
  const scale = Math.min(...[leftOrder, rightOrder].map(c => (innerHeight - (c.length - 1) * NODE_GAP) / sum(c)));
  const node = (n, depth) => {
    const unknown = !n.key;
    const data = {
      name: (depth ? 'to:' : 'from:') + n.id, depth, value: n.moves, display: label(n), entity: n,
      itemStyle: unknown ? { color: UNKNOWN_COLOR, borderColor: '#4b5563', borderType: 'dashed', borderWidth: 1 }
        : { color: entityColor(n.type), borderColor: '#1f2a37', borderWidth: 0.5 },
      label: { position: depth ? 'right' : 'left', fontStyle: unknown ? 'italic' : 'normal', color: unknown ? '#4b5563' : '#1f2a37' },
    };
    if (unknown) data.localY = (innerHeight + UNKNOWN_GAP - n.moves * scale) / innerHeight;
    return data;
  };
  const data = [...leftOrder.map(n => node(n, 0)), ...rightOrder.map(n => node(n, 1))];
  const links = flows.map((flow, index) => ({
    source: 'from:' + (flow.fromKey || UNKNOWN), target: 'to:' + (flow.toKey || UNKNOWN), value: flow.moves, flow: index,
    lineStyle: { color: flow.fromKey && flow.toKey ? 'source' : UNKNOWN_COLOR },
  }));
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
    series: [{
      type: 'sankey', left: labelWidth, right: labelWidth, top: MARGIN, bottom: MARGIN + UNKNOWN_GAP,
      nodeWidth: 14, nodeGap: NODE_GAP, layoutIterations: 0, draggable: false, nodeAlign: 'justify',
      data, links,
      label: { fontSize: 12, fontFamily: 'system-ui, sans-serif', formatter: p => p.data.display },
      lineStyle: { opacity: 0.38, curveness: 0.5 },
      emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.7 } },
      // the others stay readable while a flow is picked: fainter bands, labels barely so
      blur: { lineStyle: { opacity: 0.12 }, itemStyle: { opacity: 0.45 }, label: { opacity: 0.75 } },
    }],
  }, true);
  chart.off('click');
  chart.on('click', params => {
    if (params.dataType === 'edge') openFlow(params.data.flow);
    else if (params.dataType === 'node' && params.data.entity.key) {
      const n = params.data.entity;
      nav.go('moves', { ...current, person: '', org: n.name });
    }
  });
  layout = { leftOrder, rightOrder };
  box.dataset.nodes = String(leftOrder.length + rightOrder.length);
  box.dataset.unknown = String(data.filter(d => !d.entity.key).length);
  if (selectedFlow !== null) highlight(selectedFlow);
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function tooltip(params) {
  if (params.dataType === 'edge') {
    const flow = flows[params.data.flow];
    return `<strong>${escapeHtml(side(flow, 'from'))} → ${escapeHtml(side(flow, 'to'))}</strong>: ${plural(flow.moves, 'move')}<br>`
      + flow.people.map(p => escapeHtml(p.date ? `${p.name} (${p.date})` : p.name)).join('<br>');
  }
  const n = params.data.entity;
  const where = params.data.depth ? 'joined' : 'left';
  return n.key ? `<strong>${escapeHtml(n.name)}</strong> (${escapeHtml(n.type || '')}): ${plural(n.moves, 'person', 'people')} ${where} it`
    : `<strong>${escapeHtml(n.name)}</strong>: no article says where from or to (${plural(n.moves, 'move')})`;
}

function highlight(index) {
  if (!chart) return;
  chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
  if (index !== null && index >= 0) chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataType: 'edge', dataIndex: index });
}

function openFlow(index) {
  showFlow(index, true);
  nav.go('moves', { ...current, flow: flowId(flows[index]) }, { replace: true, render: false });
}

function closeFlow() {
  const index = selectedFlow;
  hideFlow();
  nav.go('moves', current, { replace: true, render: false });
  const button = index !== null && flows[index] ? document.querySelector(`#flow-list button[data-flow="${CSS.escape(flowId(flows[index]))}"]`) : null;
  if (button) button.focus();
}

function hideFlow() {
  selectedFlow = null;
  document.getElementById('flow-details').hidden = true;
  document.querySelectorAll('#flow-list button[aria-current]').forEach(b => b.removeAttribute('aria-current'));
  highlight(null);
}

async function showFlow(index, focus) {
  const flow = flows[index];
  if (!flow) return;
  selectedFlow = index;
  highlight(index);
  document.querySelectorAll('#flow-list button.flow').forEach(b => {
    if (b.dataset.flow === flowId(flow)) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current');
  });
  const title = `${side(flow, 'from')} → ${side(flow, 'to')}`;
  const panel = document.getElementById('flow-details');
  panel.replaceChildren(el('h2', { text: title }), el('p', { text: 'Loading…' }));
  panel.hidden = false;
  if (focus) panel.focus();
  try {
    // an unknown side is no filter: the moves are then picked by key
    const body = await getJson('moves', { origin: flow.fromKey, destination: flow.toKey, from: current.from, to: current.to });
    const keys = new Set(flow.people.map(p => p.moveKey));
    const moves = body.moves.filter(m => keys.has(m.key));
    if (selectedFlow !== index) return;
    panel.replaceChildren(
      el('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×', onclick: closeFlow }),
      el('h2', {}, flow.fromKey ? entityLink(flow.from, flow.fromType) : el('em', { text: 'unknown origin' }), ' → ',
        flow.toKey ? entityLink(flow.to, flow.toType) : el('em', { text: 'unknown destination' })),
      ...moves.map(m => el('div', { class: 'move' },
        el('h3', {}, entityLink(m.person, 'Person'), m.date ? ` · ${dateText(m)}` : ''),
        ...m.reports.map(reportBlock))));
  } catch (error) {
    panel.replaceChildren(el('p', { class: 'error', text: error.message }));
  }
}
