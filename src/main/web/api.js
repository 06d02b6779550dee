// Calls to the JSON API. A bearer token given once in the address (#token=...) is kept for the browser tab only.

const TOKEN_KEY = 'chronograph-token';

export function takeTokenFromAddress() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    const rest = location.hash.replace(/(^#|&)token=[^&]*/, '$1').replace(/^#&/, '#');
    history.replaceState(history.state, '', location.pathname + location.search + (rest === '#' ? '' : rest));
  }
}

/** The address of an API endpoint with its parameters; empty values are left out, arrays repeat the name. */
export function apiUrl(endpoint, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) value.forEach(v => query.append(name, v));
    else if (value !== undefined && value !== null && value !== '' && value !== false) query.append(name, value);
  }
  const text = query.toString();
  return 'api/' + endpoint + (text ? '?' + text : '');
}

function headers(extra = {}) {
  const all = { Accept: 'application/json', ...extra };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) all.Authorization = 'Bearer ' + token;
  return all;
}

/** An error of the API: its message, status and, for an unknown name, the entities it may mean. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `${status}`);
    this.status = status;
    this.suggestions = Array.isArray(body.suggestions) ? body.suggestions : [];
  }
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, { error: `${response.status} ${response.statusText}`, ...body });
  return body;
}

/** GETs an endpoint; resolves to its JSON, or rejects with an {@link ApiError}. */
export async function getJson(endpoint, params, options = {}) {
  return answer(await fetch(apiUrl(endpoint, params), { headers: headers(), signal: options.signal }));
}

/** GETs an endpoint's answer as text (a file to save). */
export async function getText(endpoint, params) {
  const response = await fetch(apiUrl(endpoint, params), { headers: headers() });
  if (!response.ok) await answer(response);
  return response.text();
}

/** POSTs a JSON body (the curation actions); resolves to the JSON answer, or rejects with an {@link ApiError}. */
export async function postJson(endpoint, body) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return answer(await fetch(apiUrl(endpoint), {
    method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: text,
  }));
}
