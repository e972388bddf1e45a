// Calls the server's JSON API. Errors come back as {status, error, message} and are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.message ? body.message : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

/** GET /api/PATH with the non-empty entries of params as the query. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const qs = query.toString();
  return parse(await fetch('/api/' + path + (qs ? '?' + qs : ''), {headers: {accept: 'application/json'}}));
}

/** POST /api/extract: the text's schema-v1 records, stored nowhere. */
export async function extract(text) {
  return parse(await fetch('/api/extract', {method: 'POST', body: text, headers: {'content-type': 'text/plain; charset=utf-8'}}));
}

/** The export URL of the current filters, for a plain download link. */
export function exportUrl(params, format, kind) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries({...params, format, kind})) {
    if (v !== null && v !== undefined && v !== '' && k !== 'page' && k !== 'size' && k !== 'facets' && k !== 'sort') query.set(k, v);
  }
  return '/api/export?' + query.toString();
}
