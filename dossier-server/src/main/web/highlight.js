// Marks the words of a search in a hit's text, safely: the text is split into plain strings and <mark> elements
// built by h(), so article text only ever becomes text nodes, whatever it holds.
import {h} from './dom.js';

const OPERATORS = new Set(['and', 'or', 'not', 'to']);

/** The stem of a search word as the index roughly sees it: "peacekeepers" and "peacekeeper" mark the same words. */
function stem(word) {
  const w = word.toLowerCase();
  for (const end of ['ing', 'ers', 'ed', 'es', 's']) {
    if (w.length - end.length >= 4 && w.endsWith(end)) return w.slice(0, -end.length);
  }
  return w;
}

/** A pattern matching words that begin with a stem of the query's words, or null when it has none. */
export function termPattern(query) {
  if (!query) return null;
  const words = (query.match(/[\p{L}\p{N}]+/gu) || [])
    .filter(w => w.length > 1 && !OPERATORS.has(w.toLowerCase()))
    .map(stem);
  if (!words.length) return null;
  const escaped = [...new Set(words)].map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** The text as strings and <mark> elements around the words {@code pattern} matches (the text when null). */
export function marked(text, pattern) {
  if (!text || !pattern) return text || '';
  const out = [];
  let at = 0;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(h('mark', {class: 'term'}, m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
