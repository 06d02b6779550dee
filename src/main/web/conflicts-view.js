// Where sources disagree: each fact with its dates, and for each date the articles and sentences that give it
// (/conflicts?entity=Meta&strict=1).

import { getJson } from './api.js';
import { el, entityLink, reportBlock, status, value } from './dom.js';

let nav;
let loadedKey = null;

export function init(navigation) {
  nav = navigation;
  document.getElementById('conflicts-filters').addEventListener('submit', event => {
    event.preventDefault();
    nav.go('conflicts', formParams());
  });
  document.getElementById('cf-strict').addEventListener('change', () => nav.go('conflicts', formParams()));
}

function formParams() {
  return { entity: value('cf-entity'), strict: document.getElementById('cf-strict').checked };
}

export async function open(params) {
  document.getElementById('cf-entity').value = params.entity || '';
  document.getElementById('cf-strict').checked = !!params.strict && params.strict !== '0';
  const wanted = formParams();
  const key = JSON.stringify(wanted);
  nav.title(wanted.entity ? `Sources disagree: ${wanted.entity}` : 'Sources disagree');
  if (key === loadedKey) return;
  loadedKey = key;
  await load(wanted);
}

async function load(wanted) {
  const box = document.getElementById('conflicts');
  status('Loading disagreements…');
  try {
    const body = await getJson('conflicts', wanted);
    box.replaceChildren(...body.conflicts.map(c => el('article', { class: 'conflict' + (c.disjoint ? ' disjoint' : '') },
      el('h2', {}, `${c.type.toLowerCase()}: `, ...c.participants.flatMap((p, i) => [i ? ', ' : '', entityLink(p.name, p.type)]),
        el('span', { class: 'badge', text: c.disjoint ? 'dates cannot both be true' : 'dates differ in precision' })),
      el('div', { class: 'versions' }, ...c.versions.map(v => el('section', { class: 'version' },
        el('h3', { text: v.date + (v.mod ? ` (${v.mod.toLowerCase()})` : '') }),
        ...v.reports.map(reportBlock)))))));
    if (!body.conflicts.length) box.append(el('p', { class: 'empty', text: 'No disagreements found.' }));
    status('');
  } catch (error) {
    box.replaceChildren();
    status(error, true, name => nav.go('conflicts', { ...wanted, entity: name }));
  }
}
