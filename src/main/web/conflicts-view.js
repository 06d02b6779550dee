// Where sources disagree: each fact with its dates, and for each date the articles and sentences that give it.

import { getJson } from './api.js';
import { el, reportBlock, status, value } from './dom.js';

let loaded = false;

export function initConflicts() {
  document.getElementById('conflicts-filters').addEventListener('submit', event => { event.preventDefault(); load(); });
}

export function showConflicts() {
  return loaded ? Promise.resolve() : load();
}

async function load() {
  loaded = true;
  const box = document.getElementById('conflicts');
  status('Loading disagreements…');
  try {
    const body = await getJson('conflicts', { entity: value('cf-entity'), strict: document.getElementById('cf-strict').checked });
    box.replaceChildren(...body.conflicts.map(c => el('article', { class: 'conflict' + (c.disjoint ? ' disjoint' : '') },
      el('h2', {}, `${c.type.toLowerCase()}: ${c.participants.map(p => p.name).join(', ')}`,
        el('span', { class: 'badge', text: c.disjoint ? 'dates cannot both be true' : 'dates differ in precision' })),
      el('div', { class: 'versions' }, ...c.versions.map(v => el('section', { class: 'version' },
        el('h3', { text: v.date + (v.mod ? ` (${v.mod.toLowerCase()})` : '') }),
        ...v.reports.map(reportBlock)))))));
    if (!body.conflicts.length) box.append(el('p', { class: 'empty', text: 'No disagreements found.' }));
    status('');
  } catch (error) {
    box.replaceChildren();
    status(error.message, true);
  }
}
