// The search view: a search box with filters, hits that say who said or did what, when, with the source, facets
// to narrow down, pages, and export links for the same filters.
import {get, exportUrl} from './api.js';
import {h, fill, day, actorLink} from './dom.js';

const FILTERS = [
  ['speaker', 'Speaker', 'name or code, e.g. Lavrov'],
  ['actor', 'Actor', 'speaker, source or target'],
  ['type', 'Event type', 'e.g. COOPERATE'],
  ['country', 'Country', 'ISO3, e.g. UKR'],
  ['outlet', 'Outlet', 'e.g. UNN'],
];
const FACET_FILTER = {actor: 'actor', type: 'type', country: 'country', outlet: 'outlet'};
const PAGE_SIZE = 10;

/** The query of a search route, as the hash should hold it. */
export function searchHash(params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  return '#/search?' + query.toString();
}

function form(params) {
  const field = (name, label, placeholder, type = 'text') => h('label', {class: 'field'},
    h('span', null, label), h('input', {name, type, placeholder, value: params[name] || ''}));
  const kind = h('select', {name: 'kind', 'aria-label': 'Kind'},
    ['', 'statement', 'event', 'article'].map(k => h('option', {value: k}, k ? k + 's' : 'everything')));
  kind.value = params.kind || '';
  const el = h('form', {class: 'search', role: 'search', onsubmit: e => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(el));
    location.hash = searchHash(data);
  }},
  h('div', {class: 'searchbar'},
    h('input', {name: 'q', id: 'q', type: 'search', placeholder: 'What was said or done? e.g. peacekeepers',
      value: params.q || '', 'aria-label': 'Search words', autofocus: true}),
    kind,
    h('button', {type: 'submit'}, 'Search')),
  h('details', {class: 'filters', open: FILTERS.some(([n]) => params[n]) || params.from || params.to},
    h('summary', null, 'Filters'),
    h('div', {class: 'filter-grid'},
      FILTERS.map(([n, l, p]) => field(n, l, p)),
      field('from', 'Published from', '', 'date'),
      field('to', 'to', '', 'date'))));
  return el;
}

function source(hit) {
  const a = hit.article;
  const focus = hit.statement ? hit.statement.id : hit.event ? hit.event.id : null;
  return h('div', {class: 'source'},
    a.outlet ? h('span', {class: 'outlet'}, a.outlet) : null,
    h('span', {class: 'date'}, day(a.published)),
    h('a', {class: 'title', href: `#/article/${encodeURIComponent(a.id)}` + (focus ? `?focus=${encodeURIComponent(focus)}` : '')},
      a.title || a.id));
}

function statementHit(hit) {
  const s = hit.statement;
  return h('article', {class: 'hit hit-statement', dataset: {kind: 'statement', id: s.id}},
    h('header', null, actorLink(s.speaker, 'speaker'), ' ', h('span', {class: 'verb'}, s.cue ? `(${s.cue})` : 'said'),
      h('span', {class: ['badge', 'kind-' + s.kind]}, s.kind), h('span', {class: 'when'}, day(hit.date))),
    h('blockquote', {class: 'content'}, hit.text),
    hit.evidence && hit.evidence !== hit.text ? h('p', {class: 'evidence'}, h('span', {class: 'label'}, 'in context '), hit.evidence) : null,
    source(hit));
}

export function eventLine(e) {
  return [
    h('span', {class: 'badge type'}, e.type + (e.mode ? ' / ' + e.mode : '')),
    ' ', actorLink(e.source, 'source'),
    e.target ? [' → ', actorLink(e.target, 'target')] : null,
    e.negated ? h('span', {class: 'badge negated'}, 'negated') : null,
    h('span', {class: ['badge', 'certainty-' + e.certainty]}, e.certainty),
    e.where && e.where.name ? h('span', {class: 'where'}, ' in ' + e.where.name) : null,
    e.when && e.when.text ? h('span', {class: 'when-text'}, ' · ' + e.when.text) : null,
  ];
}

function eventHit(hit) {
  return h('article', {class: 'hit hit-event', dataset: {kind: 'event', id: hit.event.id}},
    h('header', null, eventLine(hit.event), h('span', {class: 'when'}, day(hit.date))),
    h('p', {class: 'content'}, hit.text),
    source(hit));
}

function articleHit(hit) {
  return h('article', {class: 'hit hit-article', dataset: {kind: 'article', id: hit.article.id}},
    h('header', null, h('span', {class: 'badge'}, 'article'), h('span', {class: 'when'}, day(hit.date))),
    h('p', {class: 'content'}, hit.evidence || hit.text),
    source(hit));
}

export function hitCard(hit) {
  if (hit.kind === 'statement') return statementHit(hit);
  if (hit.kind === 'event') return eventHit(hit);
  return articleHit(hit);
}

function facets(result, params) {
  if (!result.facets) return null;
  return h('aside', {class: 'facets'}, Object.entries(result.facets)
    .filter(([, values]) => values.length)
    .map(([dim, values]) => h('section', null, h('h3', null, dim),
      h('ul', null, values.map(v => {
        const key = FACET_FILTER[dim];
        const narrowed = key ? searchHash({...params, [key]: v.value, page: ''})
          : searchHash({...params, from: v.value + '-01', to: monthEnd(v.value), page: ''});
        return h('li', null, h('a', {href: narrowed}, v.value), h('span', {class: 'count'}, v.count));
      })))));
}

function monthEnd(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

function pager(result, params) {
  if (result.pages <= 1) return null;
  const link = (page, label) => h('a', {href: searchHash({...params, page: String(page)})}, label);
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
    result.page > 1 ? link(result.page - 1, '← previous') : null,
    h('span', null, `page ${result.page} of ${result.pages}`),
    result.page < result.pages ? link(result.page + 1, 'next →') : null);
}

function exports(params) {
  const link = (format, kind, label) => h('a', {href: exportUrl(params, format, kind), download: ''}, label);
  return h('div', {class: 'exports'}, 'Export: ',
    link('csv', 'event', 'events CSV'), ' · ', link('csv', 'statement', 'statements CSV'), ' · ',
    link('jsonl', 'event', 'events JSONL'), ' · ', link('plover', 'event', 'PLOVER'), ' · ',
    link('parquet', 'event', 'events Parquet'));
}

export async function showSearch(view, params) {
  const results = h('section', {class: 'results', 'aria-live': 'polite'}, h('p', {class: 'loading'}, 'Searching…'));
  fill(view, form(params), h('div', {class: 'search-layout'}, results, h('div', {id: 'facets'})));
  const query = {...params, size: PAGE_SIZE, facets: 'true'};
  const result = await get('search', query);
  const summary = h('p', {class: 'summary'}, `${result.total.toLocaleString()} ${result.total === 1 ? 'hit' : 'hits'}`,
    params.q ? ` for “${params.q}”` : ' (newest first)');
  fill(results, summary, exports(params),
    result.hits.length ? result.hits.map(hitCard) : h('p', {class: 'empty'}, 'Nothing matches. Try fewer words or filters.'),
    pager(result, params));
  const side = facets(result, params);
  if (side) view.querySelector('#facets').replaceWith(side);
}
