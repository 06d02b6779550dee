// Calls to the JSON API. A bearer token given once in the address (#token=...) is kept for the browser tab only.

const TOKEN_KEY = 'chronograph-token';

export function takeTokenFromAddress() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search + location.hash.replace(/(^#|&)token=[^&]*/, '$1'));
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

/** GETs an endpoint; resolves to its JSON, or rejects with the API's error message. */
export async function getJson(endpoint, params) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(apiUrl(endpoint, params), { headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}
