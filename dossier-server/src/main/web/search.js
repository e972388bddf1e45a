// The search view: a search box with filters, hits that say who said or did what, when, with the source, facets
// to narrow down, pages, and export links for the same filters.
import {get, exportUrl} from './api.js';
import {h, fill, day, actorLink} from './dom.js';
import {termPattern, marked} from './highlight.js';

const FILTERS = [
  ['speaker', 'Speaker', 'name or code, e.g. Lavrov'],
  ['actor', 'Actor', 'speaker, source or target'],
  ['country', 'Country', 'ISO3, e.g. UKR'],
  ['outlet', 'Outlet', 'e.g. UNN'],
];
const FACET_FILTER = {actor: 'actor', type: 'type', country: 'country', outlet: 'outlet'};
const PAGE_SIZE = 10;
const SORTS = [['', 'best match'], ['newest', 'newest first'], ['oldest', 'oldest first']];

let typeNames = null;
/** The PLOVER event types, asked of the server once. */
export async function eventTypes() {
  if (!typeNames) typeNames = get('types');
  return typeNames;
}

/** A select of the event types, the current one chosen; an unknown current value is kept as an option. */
export function typeSelect(types, current, attrs = {}) {
  const values = current && !types.includes(current) ? [...types, current] : types;
  const select = h('select', {name: 'type', ...attrs},
    h('option', {value: ''}, 'any event type'), values.map(t => h('option', {value: t}, t)));
  select.value = current || '';
  return select;
}

/** The query of a search route, as the hash should hold it. */
export function searchHash(params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  return '#/search?' + query.toString();
}

function form(params, types) {
  const field = (name, label, placeholder, type = 'text') => h('label', {class: 'field'},
    h('span', null, label), h('input', {name, type, placeholder, value: params[name] || ''}));
  const kind = h('select', {name: 'kind', 'aria-label': 'Kind'},
    ['', 'statement', 'event', 'article'].map(k => h('option', {value: k}, k ? k + 's' : 'everything')));
  kind.value = params.kind || '';
  const sort = h('select', {name: 'sort', 'aria-label': 'Order', id: 'sort'},
    SORTS.map(([v, label]) => h('option', {value: v}, label)));
  sort.value = params.sort || '';
  const el = h('form', {class: 'search', role: 'search', onsubmit: e => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(el));
    location.hash = searchHash(data);
  }},
  h('div', {class: 'searchbar'},
    h('input', {name: 'q', id: 'q', type: 'search', placeholder: 'What was said or done? e.g. peacekeepers',
      value: params.q || '', 'aria-label': 'Search words', autofocus: true}),
    kind, sort,
    h('button', {type: 'submit'}, 'Search')),
  h('details', {class: 'filters', open: FILTERS.some(([n]) => params[n]) || params.type || params.from || params.to},
    h('summary', null, 'Filters'),
    h('div', {class: 'filter-grid'},
      FILTERS.map(([n, l, p]) => field(n, l, p)),
      h('label', {class: 'field'}, h('span', null, 'Event type'), typeSelect(types, params.type, {id: 'type'})),
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

function statementHit(hit, terms) {
  const s = hit.statement;
  return h('article', {class: 'hit hit-statement', dataset: {kind: 'statement', id: s.id}},
    h('header', null, actorLink(s.speaker, 'speaker'), ' ', h('span', {class: 'verb'}, s.cue ? `(${s.cue})` : 'said'),
      h('span', {class: ['badge', 'kind-' + s.kind]}, s.kind), h('span', {class: 'when'}, day(hit.date))),
    h('blockquote', {class: 'content'}, marked(hit.text, terms)),
    hit.evidence && hit.evidence !== hit.text
      ? h('p', {class: 'evidence'}, h('span', {class: 'label'}, 'in context '), marked(hit.evidence, terms)) : null,
    source(hit));
}

/** "1,200 people", "10–20 troops", "$5" as the record states it; null without a quantity. */
export function quantityText(q) {
  if (!q || (q.min == null && q.max == null)) return null;
  const n = v => Number(v).toLocaleString('en-US');
  const amount = q.min != null && q.max != null && q.min !== q.max ? `${n(q.min)}–${n(q.max)}`
    : n(q.min != null ? q.min : q.max);
  return q.unit ? `${amount} ${q.unit}` : amount;
}

export function eventLine(e) {
  const quantity = quantityText(e.quantity);
  return [
    h('span', {class: 'badge type'}, e.type + (e.mode ? ' / ' + e.mode : '')),
    ' ', actorLink(e.source, 'source'),
    e.target ? [' → ', actorLink(e.target, 'target')] : null,
    e.negated ? h('span', {class: 'badge negated'}, 'negated') : null,
    h('span', {class: ['badge', 'certainty-' + e.certainty]}, e.certainty),
    quantity ? h('span', {class: 'badge quantity', title: 'quantity'}, quantity) : null,
    e.confidence != null ? h('span', {class: 'badge confidence', title: 'confidence of the event type'},
      `confidence ${Number(e.confidence).toFixed(2)}`) : null,
    e.where && e.where.name ? h('span', {class: 'where'}, ' in ' + e.where.name) : null,
    e.when && e.when.text ? h('span', {class: 'when-text'}, ' · ' + e.when.text) : null,
  ];
}

function eventHit(hit, terms) {
  return h('article', {class: 'hit hit-event', dataset: {kind: 'event', id: hit.event.id}},
    h('header', null, eventLine(hit.event), h('span', {class: 'when'}, day(hit.date))),
    h('p', {class: 'content'}, marked(hit.text, terms)),
    source(hit));
}

function articleHit(hit, terms) {
  return h('article', {class: 'hit hit-article', dataset: {kind: 'article', id: hit.article.id}},
    h('header', null, h('span', {class: 'badge'}, 'article'), h('span', {class: 'when'}, day(hit.date))),
    h('p', {class: 'content'}, marked(hit.evidence || hit.text, terms)),
    source(hit));
}

/** A hit's card; with {@code terms} (a pattern from termPattern) the matched words are marked. */
export function hitCard(hit, terms = null) {
  if (hit.kind === 'statement') return statementHit(hit, terms);
  if (hit.kind === 'event') return eventHit(hit, terms);
  return articleHit(hit, terms);
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
  const types = await eventTypes();
  fill(view, form(params, types), h('div', {class: 'search-layout'}, results, h('div', {id: 'facets'})));
  const query = {...params, size: PAGE_SIZE, facets: 'true'};
  const result = await get('search', query);
  const order = params.sort === 'oldest' ? 'oldest first' : params.sort === 'newest' || !params.q ? 'newest first' : 'best match first';
  const summary = h('p', {class: 'summary'}, `${result.total.toLocaleString()} ${result.total === 1 ? 'hit' : 'hits'}`,
    params.q ? ` for “${params.q}”` : '', ` (${order})`);
  const terms = termPattern(params.q);
  fill(results, summary, exports(params),
    result.hits.length ? result.hits.map(hit => hitCard(hit, terms))
      : h('p', {class: 'empty'}, 'Nothing matches. Try fewer words or filters.'),
    pager(result, params));
  const side = facets(result, params);
  if (side) view.querySelector('#facets').replaceWith(side);
}
