// The article view: the text with its records highlighted by their offsets, and the lists of statements, events
// and entities. Clicking a record (in a list or in the text) lights up its words: a statement's quote and its
// speaker's mentions, an event's evidence and its parties, an entity's mentions.
import {get} from './api.js';
import {h, fill, day, actorLink} from './dom.js';
import {eventLine} from './search.js';

/**
 * The pieces of text the records point at, as {start, end, id, role}. Offsets are UTF-16 indices into the text,
 * as JavaScript strings count, so slicing the text with them gives exactly the record's words.
 */
export function spansOf(record) {
  const len = record.text.length;
  const spans = [];
  const add = (span, id, role) => {
    if (span && span.end > span.start && span.start >= 0 && span.end <= len) {
      spans.push({start: span.start, end: span.end, id, role});
    }
  };
  for (const e of record.entities) for (const m of e.mentions) add(m, e.id, 'mention');
  for (const s of record.statements) add(s.content, s.id, 'quote');
  for (const v of record.events) add(v.evidence, v.id, 'evidence');
  return spans;
}

/**
 * Cuts the text at every span boundary into segments, each a <span> holding a text node and knowing the spans
 * that cover it. Returns the container and, per record id, its segments.
 */
export function segment(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byRecord = new Map();
  const covering = new Map();
  const body = h('div', {id: 'article-text', class: 'article-text'});
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter(s => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { body.appendChild(document.createTextNode(piece)); continue; }
    const roles = [...new Set(over.map(s => s.role))];
    const seg = h('span', {class: ['seg', ...roles.map(r => 'hl-' + r)], dataset: {start: a, end: b}}, piece);
    covering.set(seg, over);
    for (const s of over) {
      if (!byRecord.has(s.id)) byRecord.set(s.id, []);
      byRecord.get(s.id).push(seg);
    }
    body.appendChild(seg);
  }
  return {body, byRecord, covering};
}

/** The paragraph around a span: from the blank line before it to the blank line after it. */
function paragraphOf(text, span) {
  const before = text.lastIndexOf('\n\n', span.start);
  const after = text.indexOf('\n\n', span.end);
  return {start: before < 0 ? 0 : before, end: after < 0 ? text.length : after};
}

/**
 * The mentions of an entity that belong with a span: those in its paragraph (or in the one before, where a quote
 * is introduced), else the nearest one before it, else all of them.
 */
function mentionsNear(record, entityId, span) {
  const entity = record.entities.find(e => e.id === entityId);
  if (!entity || !span) return entity ? entity.mentions : [];
  const para = paragraphOf(record.text, span);
  const prev = para.start > 0 ? paragraphOf(record.text, {start: para.start - 1, end: para.start - 1}) : para;
  for (const range of [para, {start: prev.start, end: para.end}]) {
    const inside = entity.mentions.filter(m => m.start >= range.start && m.end <= range.end);
    if (inside.length) return inside;
  }
  const before = entity.mentions.filter(m => m.end <= span.start);
  return before.length ? [before[before.length - 1]] : entity.mentions;
}

/** What a selection lights up, as [spans, class] pairs: the record's own words, its speaker, its parties. */
function litBy(record, id) {
  const own = spansOf(record).filter(s => s.id === id);
  const lit = [[own, 'active']];
  const statement = record.statements.find(s => s.id === id);
  if (statement && statement.speaker && statement.speaker.entity) {
    lit.push([mentionsNear(record, statement.speaker.entity, statement.content), 'active-speaker']);
  }
  const event = record.events.find(v => v.id === id);
  if (event) {
    for (const p of [event.source, event.target]) {
      if (p && p.entity) lit.push([mentionsNear(record, p.entity, event.evidence), 'active-party']);
    }
  }
  return lit;
}

function recordItem(kind, item, body, select) {
  return h('li', {class: ['record', 'record-' + kind], dataset: {record: item.id}},
    h('button', {type: 'button', class: 'pick', onclick: () => select(item.id), 'aria-label': 'Show ' + item.id + ' in the text'},
      item.id), ' ', body);
}

function lists(record, select) {
  const statements = record.statements.map(s => recordItem('statement', s, [
    actorLink(s.speaker, 'speaker'), ' ', h('span', {class: ['badge', 'kind-' + s.kind]}, s.kind),
    s.via ? h('span', {class: 'via'}, ` via ${s.via}`) : null,
    h('div', {class: 'snippet'}, s.content.text)], select));
  const events = record.events.map(v => recordItem('event', v, [
    eventLine(v), h('div', {class: 'snippet'}, v.evidence ? v.evidence.text : '')], select));
  const entities = record.entities.map(e => recordItem('entity', e, [
    actorLink({name: e.name, actor: e.actor}, 'entity'), h('span', {class: 'etype'}, ' ' + e.type),
    e.role ? h('span', {class: 'role'}, ' · ' + e.role) : null,
    h('span', {class: 'count'}, e.mentions.length)], select));
  const section = (title, cls, items) => h('section', {class: 'records ' + cls},
    h('h3', null, `${title} `, h('span', {class: 'count'}, items.length)),
    items.length ? h('ol', null, items) : h('p', {class: 'empty'}, 'none'));
  return h('aside', {class: 'record-lists'},
    section('Statements', 'statements', statements),
    section('Events', 'events', events),
    section('Entities', 'entities', entities));
}

const LEGEND = [['hl-mention', 'entity'], ['hl-quote', 'statement'], ['hl-evidence', 'event evidence'],
  ['k-active', 'selected'], ['k-speaker', 'its speaker'], ['k-party', 'its parties']];

/** Renders a record (stored or just analysed) into view, with the record `focus` selected when given. */
export function renderRecord(view, record, focus, note) {
  const {body, byRecord, covering} = segment(record.text, spansOf(record));
  let selected = null;
  const segments = [...covering.keys()];
  const segmentsOf = spans => segments.filter(seg => {
    const [a, b] = [Number(seg.dataset.start), Number(seg.dataset.end)];
    return spans.some(s => s.start <= a && s.end >= b);
  });
  const select = id => {
    for (const el of view.querySelectorAll('#article-text .seg, .record.active')) {
      el.classList.remove('active', 'active-speaker', 'active-party');
    }
    selected = id;
    for (const [spans, role] of litBy(record, id)) {
      for (const seg of segmentsOf(spans)) seg.classList.add(role);
    }
    const item = view.querySelector(`li[data-record="${CSS.escape(id)}"]`);
    if (item) item.classList.add('active');
    const first = (byRecord.get(id) || [])[0];
    if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
  };
  // a click in the text picks the narrowest record under it, or the next wider one on a second click
  body.addEventListener('click', e => {
    const seg = e.target.closest('.seg');
    if (!seg) return;
    const over = [...covering.get(seg)].sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const at = over.findIndex(s => s.id === selected);
    select(over[(at + 1) % over.length].id);
  });
  const src = record.source || {};
  fill(view,
    h('header', {class: 'article-head'},
      h('h1', {id: 'article-title'}, record.title || record.id),
      h('p', {class: 'meta'},
        record.outlet ? h('span', {class: 'outlet'}, record.outlet) : null,
        h('span', {class: 'date'}, day(record.published)),
        record.dateline ? h('span', null, record.dateline) : null,
        src.url ? h('a', {href: src.url, rel: 'noopener noreferrer', target: '_blank'}, 'original') : null,
        src.path ? h('span', {class: 'path'}, src.path) : null),
      note ? h('p', {class: 'note'}, note) : null,
      h('p', {class: 'legend'}, LEGEND.map(([cls, label]) => h('span', {class: ['key', cls]}, label)))),
    h('div', {class: 'article-layout'}, body, lists(record, select)));
  if (focus && byRecord.has(focus)) select(focus);
}

export async function showArticle(view, id, params) {
  fill(view, h('p', {class: 'loading'}, 'Loading the article…'));
  const record = await get('articles/' + encodeURIComponent(id));
  renderRecord(view, record, params.focus);
}
