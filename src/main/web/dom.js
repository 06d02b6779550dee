// Small helpers to build DOM nodes from data without HTML strings (so article text is never parsed as markup).

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

/** Shows a message in the status line (errors in red). */
export function status(message, error = false) {
  const line = document.getElementById('status');
  line.textContent = message || '';
  line.classList.toggle('error', !!error);
}

/** The value of a form field, stripped. */
export function value(id) {
  return document.getElementById(id).value.trim();
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
