// Every view is an address: /timeline?entity=Meta&type=release&from=2023, /entity?name=Hugging%20Face,
// /moves?org=Meta, /path?from=A&to=B... One path segment per view, so that the page's relative addresses (app.js,
// api/...) are the same from every view. The views ask for a new address (navigate); the router shows it and keeps
// Back and Forward working.

export const VIEWS = ['timeline', 'entity', 'moves', 'explorer', 'path', 'conflicts', 'curations'];
export const DEFAULT_VIEW = 'timeline';

/** The view an address shows (the default one for the page's root). */
export function viewOf(pathname) {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return VIEWS.includes(last) ? last : DEFAULT_VIEW;
}

/** Query text for parameters: empty values and false are left out, arrays repeat the name, true is "1". */
export function queryOf(params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null || v === '' || v === false) continue;
      query.append(name, v === true ? '1' : String(v));
    }
  }
  const text = query.toString();
  return text ? '?' + text : '';
}

/** The address of a view with its parameters, relative to the page's root (a view's address is one segment). */
export function hrefOf(view, params) {
  return view + queryOf(params);
}

/** The parameters of the address, as an object: repeated names give arrays (the names in {@code lists}). */
export function paramsOf(search, lists = []) {
  const query = new URLSearchParams(search);
  const params = {};
  for (const name of new Set(query.keys())) {
    params[name] = lists.includes(name) ? query.getAll(name) : query.get(name);
  }
  return params;
}

/**
 * The address that a link of the old form (#view=moves&org=Meta, #view=timeline&entity=X, #event=KEY) means, or
 * null for a fragment that is no such link.
 */
export function legacyHref(hash) {
  const link = new URLSearchParams(hash.replace(/^#/, ''));
  if (!link.has('view') && !link.has('event')) return null;
  const view = VIEWS.includes(link.get('view')) ? link.get('view') : DEFAULT_VIEW;
  const params = {};
  const copy = (...names) => names.forEach(n => { if (link.get(n)) params[n] = link.get(n); });
  if (view === 'timeline') {
    copy('entity', 'from', 'to', 'event');
    // the old timeline link showed the entity with its neighbourhood
    if (params.entity) params.neighbourhood = '1';
  } else if (view === 'moves') copy('person', 'org', 'from', 'to');
  else if (view === 'path') copy('from', 'to', 'maxHops');
  else if (view === 'entity') copy('name');
  else copy('entity');
  return hrefOf(view, params);
}

/**
 * Keeps the address: {@code show(view, params)} is called for the address on start, after every navigation, and on
 * Back and Forward.
 */
export class Router {
  constructor(show) {
    this.show = show;
    window.addEventListener('popstate', () => this.render());
  }

  /** Shows the view of the current address, first turning an old #view=... link into its address. */
  start() {
    const legacy = legacyHref(location.hash);
    if (legacy) history.replaceState(null, '', legacy);
    return this.render();
  }

  /**
   * Goes to a view: a new history entry (Back returns here), or with {@code replace} the same entry updated (a
   * selection within the view). Nothing happens when the address would not change.
   */
  navigate(view, params = {}, { replace = false, render = true } = {}) {
    const target = new URL(hrefOf(view, params), location.href);
    if (target.href === location.href) return render ? this.render() : Promise.resolve();
    if (replace) history.replaceState(null, '', target.href);
    else history.pushState(null, '', target.href);
    return render ? this.render() : Promise.resolve();
  }

  render() {
    return this.show(viewOf(location.pathname), location.search);
  }
}
