// Small helpers to build DOM nodes from data without HTML strings (so article text is never parsed as markup).

import { hrefOf } from './router.js';
import { entityColor } from './colors.js';

/** An element with attributes (class, text, on* handlers, others as attributes) and children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * Shows a message in the status line (errors in red). An error of an unknown name lists the entities it may mean, as
 * buttons that call {@code pick(name)}.
 */
export function status(message, error = false, pick = null) {
  const line = document.getElementById('status');
  const text = message instanceof Error ? message.message : (message || '');
  line.replaceChildren(text);
  line.classList.toggle('error', !!error);
  const suggestions = message instanceof Error ? message.suggestions || [] : [];
  if (pick && suggestions.length) {
    line.append(' Did you mean ', ...suggestions.slice(0, 5).flatMap((s, i) => [
      i ? ' ' : '',
      el('button', { type: 'button', class: 'suggestion', onclick: () => pick(s.name) }, s.name)]), '?');
  }
}

/** The value of a form field, stripped. */
export function value(id) {
  return document.getElementById(id).value.trim();
}

/** A coloured dot. */
export function swatch(color, className = 'swatch') {
  const dot = el('span', { class: className, 'aria-hidden': 'true' });
  dot.style.setProperty('--swatch', color);
  return dot;
}

/** A link to an entity's page (the page's router follows it without reloading). */
export function entityLink(name, type, text = name) {
  return el('a', { class: 'entity-link', href: hrefOf('entity', { name }), title: type ? `${name} (${type}): its page` : `${name}: its page` },
    type ? swatch(entityColor(type)) : null, text);
}

/** A link to a view with parameters. */
export function viewLink(view, params, text, className = 'view-link') {
  return el('a', { class: className, href: hrefOf(view, params) }, text);
}

/** An article reference: its title (linked when it has a web address), language and publication date. */
export function articleLine(report) {
  const title = report.title || report.articleId;
  const safeUrl = report.url && /^https?:\/\//.test(report.url) ? report.url : null;
  return el('p', { class: 'article' },
    safeUrl ? el('a', { href: safeUrl, target: '_blank', rel: 'noopener noreferrer', text: title }) : el('span', { class: 'title', text: title }),
    el('span', { class: 'meta', text: ` — ${report.articleId} · ${report.lang}${report.published ? ' · published ' + report.published : ''}` }));
}

/** A report: the sentence that states the fact, then its article. */
export function reportBlock(report) {
  return el('div', { class: 'report' },
    el('blockquote', { class: 'sentence', text: report.sentence || '(no sentence)' }),
    articleLine(report));
}

/** "1 event", "3 events". */
export function plural(count, one, many = one + 's') {
  return `${count} ${count === 1 ? one : many}`;
}

/** A date with its modifier: "2024-03 (before)"; "undated" without a date. */
export function dateText(fact) {
  return fact.date ? fact.date + (fact.mod ? ` (${fact.mod.toLowerCase()})` : '') : 'undated';
}
