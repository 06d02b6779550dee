// An entity's page (/entity?name=Hugging%20Face): its type and other names, the articles that mention it with the
// sentences that do, its events (dated, then the undated ones apart), moves and career, the entities named in the
// same sentences ("mentioned together", weighted, each with its sentences), and the corrections an analyst can make
// (merge, another name, split a name off, undo). A name no entity has gets "did you mean".

import { getJson } from './api.js';
import { entityColor, eventColor } from './colors.js';
import { curationPanel } from './curations-view.js';
import { dateText, el, entityLink, plural, reportBlock, status, swatch, viewLink } from './dom.js';

let nav;
let loadedName = null;
let generation = 0;

export function init(navigation) {
  nav = navigation;
}

export async function open(params) {
  const name = (params.name || '').trim();
  const page = document.getElementById('entity-page');
  if (!name) {
    loadedName = null;
    page.replaceChildren(el('div', { class: 'intro' },
      el('h1', { text: 'Entity pages' }),
      el('p', { text: 'Find an entity with the search box above (by name or alias), or follow a name from any view.' })));
    nav.title('Entity');
    return;
  }
  if (name === loadedName && page.dataset.state === 'shown') return;
  await load(name);
}

/** Loads and shows the page again (after a correction). */
export function reload() {
  return loadedName ? load(loadedName) : Promise.resolve();
}

async function load(name) {
  const mine = ++generation;
  loadedName = name;
  const page = document.getElementById('entity-page');
  page.dataset.state = 'loading';
  status(`Loading ${name}…`);
  try {
    const entity = await getJson('entity', { name });
    if (mine !== generation) return;
    render(entity);
    page.dataset.state = 'shown';
    page.dataset.key = entity.key;
    nav.title(entity.name);
    status('');
  } catch (error) {
    if (mine !== generation) return;
    page.dataset.state = error.status === 404 ? 'unknown' : 'error';
    page.dataset.key = '';
    page.replaceChildren(notFound(name, error));
    nav.title(name);
    status(error.status === 404 ? '' : error, error.status !== 404);
  }
}

function notFound(name, error) {
  if (error.status !== 404) return el('p', { class: 'empty', text: error.message });
  return el('div', { class: 'intro not-found' },
    el('h1', { text: `No entity named “${name}”` }),
    error.suggestions.length
      ? el('div', {}, el('p', { text: 'Did you mean:' }), el('ul', { class: 'suggestions' },
        ...error.suggestions.map(s => el('li', {}, entityLink(s.name, s.type),
          el('span', { class: 'meta', text: ` ${s.type}${s.matched && s.matched !== s.name ? ' · also “' + s.matched + '”' : ''} · ${plural(s.articles, 'article')}` })))))
      : el('p', { text: 'No entity has a name or an alias like it. The search box finds entities by part of a name.' }));
}

function render(e) {
  const page = document.getElementById('entity-page');
  const names = [e.name, ...e.aliases];
  page.replaceChildren(
    el('header', { class: 'entity-head' },
      el('h1', {}, swatch(entityColor(e.type), 'swatch big'), e.name, el('span', { class: 'badge', text: e.type })),
      e.aliases.length ? el('p', { class: 'aliases' }, 'Also named ', ...e.aliases.flatMap((a, i) => [i ? ', ' : '', el('q', { text: a })])) : null,
      el('p', { class: 'counts', text: [
        `mentioned ${plural(e.mentions, 'time')} in ${plural(e.articles, 'article')}`,
        plural(e.events.length, 'dated event'), plural(e.undatedEvents.length, 'undated event'),
        plural(e.moves.length, 'move')].join(' · ') }),
      el('nav', { class: 'entity-links', 'aria-label': `Views of ${e.name}` },
        viewLink('timeline', { entity: e.name }, 'Timeline'),
        viewLink('timeline', { entity: e.name, neighbourhood: true }, 'Timeline with its people and models'),
        viewLink('moves', e.type === 'Person' ? { person: e.name } : { org: e.name }, 'Who moved where'),
        viewLink('explorer', { entity: e.name }, 'Graph explorer'),
        viewLink('conflicts', { entity: e.name }, 'Sources disagree'))),
    el('div', { class: 'columns' },
      el('div', { class: 'main-col' }, ...mainSections(e, names)),
      el('div', { class: 'side-col' },
        section('comentioned', 'Mentioned together with', coMentioned(e, names)),
        e.coParticipants.length ? section('coparticipants', 'Takes part in events with', el('ul', { class: 'plain' },
          ...e.coParticipants.map(c => el('li', {}, entityLink(c.name, c.type), el('span', { class: 'meta', text: ` ${plural(c.events, 'event')}` }))))) : null,
        e.affiliations.length ? section('affiliations', e.type === 'Person' ? 'Organizations' : 'People', affiliations(e)) : null,
        section('correct', 'Correct this entity', curationPanel(e, () => reload())))));
}

/**
 * The facts first (events, undated events, career, moves), then the articles; an entity with no fact (only
 * mentioned) opens on its articles, and says so.
 */
function mainSections(e, names) {
  const facts = [
    e.events.length ? section('events', `Events (${e.events.length})`, eventList(e.events, e.key, e.name)) : null,
    e.undatedEvents.length ? section('undated', `Undated events (${e.undatedEvents.length})`,
      el('p', { class: 'hint', text: 'Articles report these without a date: they are on no timeline.' }), eventList(e.undatedEvents, e.key, e.name)) : null,
    e.type === 'Person' && e.career.length ? section('career', 'Career', career(e.career)) : null,
    e.moves.length ? section('moves', `Moves (${e.moves.length})`, moveList(e.moves)) : null,
  ].filter(Boolean);
  const articles = section('mentions', `Mentioned in ${plural(e.articles, 'article')}`, mentions(e, names));
  if (facts.length) return [...facts, articles];
  return [el('p', { class: 'caveat', text: `No event or move of ${e.name} was found: it is only mentioned. `
    + 'The articles below name it, and “Mentioned together with” lists the entities named in the same sentences.' }), articles];
}

function section(id, title, ...content) {
  return el('section', { class: 'block', id: 'entity-' + id, 'aria-labelledby': 'entity-' + id + '-title' },
    el('h2', { id: 'entity-' + id + '-title', text: title }), ...content);
}

function empty(text) {
  return el('p', { class: 'empty', text });
}

function eventList(events, self, selfName) {
  return el('ol', { class: 'facts' }, ...events.map(event => {
    const type = event.type.toLowerCase();
    const others = event.participants.filter(p => p.key !== self);
    const me = event.participants.find(p => p.key === self);
    return el('li', { class: 'fact' },
      el('div', { class: 'fact-head' },
        el('span', { class: 'when', text: dateText(event) }),
        el('span', { class: 'what' }, swatch(eventColor(type)), type, me && me.role ? el('span', { class: 'meta', text: ` (as ${me.role})` }) : null),
        el('span', { class: 'who' }, ...others.flatMap((p, i) => [i ? ', ' : '', entityLink(p.name, p.type),
          p.role ? el('span', { class: 'meta', text: ` (${p.role})` }) : null])),
        event.date ? viewLink('timeline', { entity: selfName, event: event.key }, 'on the timeline', 'small-link') : null),
      sources(event.reports));
  }));
}

function sources(reports) {
  if (!reports.length) return null;
  const [first, ...rest] = reports;
  return el('div', { class: 'sources' }, reportBlock(first),
    rest.length ? el('details', {}, el('summary', { text: `${plural(rest.length, 'more source')}` }), ...rest.map(reportBlock)) : null);
}

function moveList(moves) {
  return el('ol', { class: 'facts' }, ...moves.map(m => el('li', { class: 'fact' },
    el('div', { class: 'fact-head' },
      el('span', { class: 'when', text: dateText(m) }),
      el('span', { class: 'who' }, entityLink(m.person, 'Person'), ' left ',
        m.from ? entityLink(m.from) : el('em', { text: 'an unknown organization' }), ' for ',
        m.to ? entityLink(m.to) : el('em', { text: 'an unknown organization' }))),
    sources(m.reports))));
}

function career(steps) {
  if (!steps.length) return empty('No organization known.');
  return el('ol', { class: 'career' }, ...steps.map(s => el('li', {},
    el('strong', {}, entityLink(s.org, s.orgType)), ` ${s.start || '?'} – ${s.end || (s.current ? 'now' : '?')}`,
    s.sources && s.sources.length ? el('details', {}, el('summary', { text: plural(s.sources.length, 'source') }), ...s.sources.map(reportBlock)) : null)));
}

function affiliations(e) {
  const person = e.type === 'Person';
  return el('ul', { class: 'plain' }, ...e.affiliations.map(a => el('li', {},
    entityLink(person ? a.org : a.person, person ? null : 'Person'),
    el('span', { class: 'meta', text: ` ${a.start || '?'} – ${a.end || (a.current ? 'now' : '?')}` }))));
}

/** The articles that mention the entity, newest first, each with its count and the sentences (names marked). */
function mentions(e, names) {
  if (!e.mentionedIn.length) return empty('No article mentions it.');
  const shown = e.mentionedIn.length < e.articles ? el('p', { class: 'hint', text: `The ${e.mentionedIn.length} newest.` }) : null;
  return [shown, el('ol', { class: 'articles' }, ...e.mentionedIn.map(a => el('li', { class: 'mentioning' },
    el('div', { class: 'article-head' },
      el('strong', { text: a.title || a.articleId }),
      el('span', { class: 'meta', text: ` — ${a.articleId} · ${a.lang}${a.published ? ' · published ' + a.published : ''} · ${plural(a.mentions, 'mention')}` }),
      a.url && /^https?:\/\//.test(a.url) ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'small-link', text: 'read it' }) : null),
    el('ul', { class: 'sentences' }, ...a.sentences.map(s => el('li', {},
      el('blockquote', { class: 'sentence' }, ...marked(s.text || '(sentence not kept: ingest this article again with --force)', names))))))))];
}

/** The entities named in the same sentences, weighted by sentences; each opens its shared sentences. */
function coMentioned(e, names) {
  if (!e.coMentioned.length) return empty('No other entity is named in its sentences.');
  const most = Math.max(...e.coMentioned.map(c => c.sentences));
  return el('ul', { class: 'comentions' }, ...e.coMentioned.map(c => {
    const bar = el('span', { class: 'weight', 'aria-hidden': 'true' });
    bar.style.setProperty('--weight', String(Math.max(0.04, c.sentences / most)));
    const body = el('div', { class: 'shared', hidden: true });
    const toggle = el('button', { type: 'button', class: 'small', 'aria-expanded': 'false',
      'aria-label': `Sentences naming ${e.name} and ${c.name}`,
      onclick: () => toggleShared(e, c, names, toggle, body) }, 'sentences');
    return el('li', { class: 'comention', 'data-key': c.key },
      el('div', { class: 'comention-head' }, entityLink(c.name, c.type),
        el('span', { class: 'meta', text: ` ${plural(c.sentences, 'sentence')}, ${plural(c.articles, 'article')}` })),
      bar,
      el('div', { class: 'comention-actions' }, toggle, viewLink('path', { from: e.name, to: c.name }, 'how are they connected?', 'small-link')),
      body);
  }));
}

async function toggleShared(e, c, names, toggle, body) {
  const opening = body.hidden;
  body.hidden = !opening;
  toggle.setAttribute('aria-expanded', String(opening));
  if (!opening || body.dataset.loaded) return;
  body.replaceChildren(el('p', { class: 'meta', text: 'Loading…' }));
  try {
    const shared = await getJson('comentions', { entity: e.key, other: c.key, limit: 20 });
    body.dataset.loaded = 'true';
    const both = [...names, c.name];
    body.replaceChildren(...shared.shown.map(s => el('div', { class: 'report' },
      el('blockquote', { class: 'sentence' }, ...marked(s.text, both)),
      el('p', { class: 'article' }, el('span', { class: 'title', text: s.title || s.articleId }),
        el('span', { class: 'meta', text: ` — ${s.articleId} · ${s.lang}${s.published ? ' · published ' + s.published : ''}` })))),
    shared.sentences > shared.shown.length ? el('p', { class: 'hint', text: `${shared.shown.length} of ${shared.sentences} sentences.` }) : null);
  } catch (error) {
    body.replaceChildren(el('p', { class: 'error', text: error.message }));
  }
}

/** Text with every occurrence of the names in <mark> (as text nodes: never parsed as markup). */
export function marked(text, names) {
  const wanted = [...new Set(names.filter(n => n && n.length > 1))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [text];
  const pattern = new RegExp(wanted.map(n => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(el('mark', { text: match[0] }));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
