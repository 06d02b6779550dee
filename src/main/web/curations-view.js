// Curations: the analyst's corrections of entities, through the API (POST /api/curations/merge|alias|split|undo|import,
// with the bearer token when the server has one). This view lists them (with undo) and makes them; the entity page
// shows the same forms for one entity (curationPanel). Each is kept in the graph with who made it and when, and
// survives ingesting again.

import { getJson, getText, postJson } from './api.js';
import { el, entityLink, plural, status, value } from './dom.js';

const BY_KEY = 'chronograph-curator';
let nav;
let loadedKey = null;

export function init(navigation) {
  nav = navigation;
  const side = document.getElementById('curation-forms');
  side.append(
    el('h2', { text: 'Correct entities' }),
    curatorField('cu-by'),
    form('cu-merge', 'Two names, one entity', 'Merge', [
      field('cu-merge-entity', 'Keep', 'entity', true), field('cu-merge-other', 'Merge into it', 'other', true), noteField('cu-merge-note')],
    () => ({ entity: value('cu-merge-entity'), other: value('cu-merge-other'), note: value('cu-merge-note') }), 'merge'),
    form('cu-alias', 'Another name of an entity', 'Add the name', [
      field('cu-alias-name', 'Name', 'name', false), field('cu-alias-of', 'Of', 'of', true),
      el('div', { class: 'pair' }, dateField('cu-alias-from', 'From'), dateField('cu-alias-to', 'To')),
      el('p', { class: 'hint', text: 'With dates, a rename: only facts dated in that period move (Facebook → Meta to 2021-10).' }),
      noteField('cu-alias-note')],
    () => ({ name: value('cu-alias-name'), of: value('cu-alias-of'), from: value('cu-alias-from'), to: value('cu-alias-to'),
      note: value('cu-alias-note') }), 'alias'),
    form('cu-split', 'A name that is an entity of its own', 'Split it off', [
      field('cu-split-entity', 'Entity', 'entity', true), field('cu-split-name', 'Name', 'name', false), noteField('cu-split-note')],
    () => ({ entity: value('cu-split-entity'), name: value('cu-split-name'), note: value('cu-split-note') }), 'split'),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'cu-export', onclick: exportFile }, 'Export'),
      el('label', { class: 'button-like' }, 'Import…', el('input', { type: 'file', id: 'cu-import', accept: 'application/json,.json',
        class: 'visually-hidden', onchange: importFile }))));
}

function field(id, label, name, entity) {
  return el('label', {}, label, el('input', { id, name, autocomplete: 'off', required: true, list: entity ? 'entity-names' : null }));
}

function dateField(id, label) {
  return el('label', {}, label, el('input', { id, placeholder: 'YYYY[-MM[-DD]]', size: '11', autocomplete: 'off' }));
}

function noteField(id) {
  return el('label', {}, 'Why (optional)', el('input', { id, autocomplete: 'off' }));
}

/** "Who is correcting": kept in this browser, sent with every curation (else "web"). */
function curatorField(id) {
  const input = el('input', { id, class: 'curator', autocomplete: 'name', value: localStorage.getItem(BY_KEY) || '',
    placeholder: 'web', onchange: event => localStorage.setItem(BY_KEY, event.target.value.trim()) });
  return el('label', {}, 'Your name', input);
}

function curator() {
  return (localStorage.getItem(BY_KEY) || '').trim() || undefined;
}

function form(id, title, button, fields, body, action) {
  return el('form', { id, class: 'curation-form', 'aria-label': title, onsubmit: async event => {
    event.preventDefault();
    const done = await act(action, body());
    if (done) {
      event.target.reset();
      await refresh();
    }
  } }, el('h3', { text: title }), ...fields, el('div', { class: 'actions' }, el('button', { type: 'submit' }, button)));
}

/**
 * Makes or undoes a curation; says what it did in the status line. Resolves to the answer, or null when it was
 * refused (the reason in the status line).
 */
export async function act(action, body) {
  const clean = Object.fromEntries(Object.entries({ ...body, by: curator() }).filter(([, v]) => v !== undefined && v !== ''));
  status('Saving the correction and loading the articles it touches again…');
  try {
    const answer = await postJson('curations/' + action, clean);
    const c = answer.curation;
    const what = action === 'undo' ? 'Undone'
      : action === 'merge' ? `Merged ${c.names.join(', ')} into ${c.targetName}`
        : action === 'alias' ? `“${c.names.join(', ')}” is now a name of ${c.targetName}${c.from || c.to ? ` (${c.from || '…'} – ${c.to || '…'})` : ''}`
          : `“${c.names.join(', ')}” is an entity of its own`;
    status(`${what}; ${plural(answer.reloaded, 'article')} loaded again.`);
    loadedKey = null;
    nav.changed();
    return answer;
  } catch (error) {
    status(error, true);
    return null;
  }
}

export async function open(params) {
  const all = !!params.all && params.all !== '0';
  const key = String(all);
  if (key === loadedKey) return;
  loadedKey = key;
  await load(all);
}

async function refresh() {
  loadedKey = null;
  const all = new URLSearchParams(location.search).get('all');
  if (document.body.dataset.view === 'curations') await open({ all });
}

async function load(all) {
  const box = document.getElementById('curations');
  try {
    const body = await getJson('curations', { all });
    box.replaceChildren(
      el('h1', { text: all ? 'Every curation' : 'Curations in force' }),
      el('p', {}, el('a', { href: all ? 'curations' : 'curations?all=1' }, all ? 'only those in force' : 'also those undone')),
      body.curations.length ? curationTable(body.curations) : el('p', { class: 'empty', text: 'No curation yet. Correct an entity with the forms, or from its page.' }));
    box.dataset.count = String(body.count);
  } catch (error) {
    box.replaceChildren();
    status(error, true);
  }
}

function curationTable(curations, after = refresh) {
  return el('table', { class: 'curations' },
    el('thead', {}, el('tr', {}, ...['kind', 'entity', 'names', 'period', 'by', 'when', 'why', ''].map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...curations.map(c => el('tr', { class: c.active ? '' : 'undone' },
      el('td', { text: c.kind }),
      el('td', {}, entityLink(c.targetName || c.target, c.targetType)),
      el('td', { text: c.names.join(', ') }),
      el('td', { text: c.from || c.to ? `${c.from || '…'} – ${c.to || '…'}` : '' }),
      el('td', { text: c.by || '' }),
      el('td', { text: (c.at || '').slice(0, 16).replace('T', ' ') }),
      el('td', { text: c.note || '' }),
      el('td', {}, c.active
        ? el('button', { type: 'button', class: 'small', 'aria-label': `Undo: ${c.kind} ${c.names.join(', ')} of ${c.targetName}`,
          onclick: async () => { if (await act('undo', { id: c.id })) await after(); } }, 'Undo')
        : el('span', { class: 'meta', text: `undone${c.undoneBy ? ' by ' + c.undoneBy : ''}` }))))));
}

async function exportFile() {
  try {
    const text = await getText('curations/export');
    const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: 'chronograph-curations.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    status(error, true);
  }
}

async function importFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  status(`Importing ${file.name}…`);
  try {
    const answer = await postJson('curations/import', await file.text());
    status(`Imported ${plural(answer.count, 'curation')} from ${file.name}.`);
    nav.changed();
    await refresh();
  } catch (error) {
    status(error, true);
  } finally {
    event.target.value = '';
  }
}

/** The corrections of one entity, for its page: merge another into it, another name, split a name off, undo. */
export function curationPanel(entity, after) {
  const done = async answer => { if (answer) await after(); };
  const other = el('input', { list: 'entity-names', autocomplete: 'off', required: true, 'aria-label': `Entity that is ${entity.name}` });
  const alias = el('input', { autocomplete: 'off', required: true, 'aria-label': `Another name of ${entity.name}` });
  const from = el('input', { placeholder: 'from', size: '9', autocomplete: 'off', 'aria-label': 'Name used from (YYYY[-MM[-DD]], optional)' });
  const to = el('input', { placeholder: 'to', size: '9', autocomplete: 'off', 'aria-label': 'Name used until (YYYY[-MM[-DD]], optional)' });
  const panel = el('div', { class: 'curation-panel' },
    el('form', { class: 'inline-form', onsubmit: async event => {
      event.preventDefault();
      await done(await act('merge', { entity: entity.key, other: other.value.trim() }));
    } }, el('label', {}, `Same entity as`, other), el('button', { type: 'submit', text: 'Merge into this' })),
    el('form', { class: 'inline-form', onsubmit: async event => {
      event.preventDefault();
      await done(await act('alias', { name: alias.value.trim(), of: entity.key, from: from.value.trim(), to: to.value.trim() }));
    } }, el('label', {}, 'Another name', alias), el('span', { class: 'pair' }, from, to), el('button', { type: 'submit', text: 'Add the name' })),
    entity.aliases.length ? splitForm(entity, done) : null,
    el('div', { class: 'entity-curations' }, el('p', { class: 'meta', text: 'Loading its curations…' })));
  getJson('curations', {}).then(body => {
    const mine = body.curations.filter(c => c.target === entity.key || c.source === entity.key);
    panel.querySelector('.entity-curations').replaceChildren(mine.length
      ? el('div', {}, el('h3', { text: 'Its curations' }), curationTable(mine, after))
      : el('p', { class: 'meta', text: 'No curation concerns it.' }));
  }).catch(error => status(error, true));
  return panel;
}

function splitForm(entity, done) {
  const select = el('select', { 'aria-label': `Name of ${entity.name} that is another entity` },
    ...entity.aliases.map(a => el('option', { value: a, text: a })));
  return el('form', { class: 'inline-form', onsubmit: async event => {
    event.preventDefault();
    await done(await act('split', { entity: entity.key, name: select.value }));
  } }, el('label', {}, 'Not the same: split off', select), el('button', { type: 'submit', text: 'Split' }));
}
