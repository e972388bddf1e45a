// Builds DOM nodes. Every string child becomes a text node and attributes are set one by one, so text from
// articles can never turn into markup or script: nothing here (or anywhere in the page) uses innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A safe href: in-page routes, server paths and http(s) links only (no javascript: or data: URLs from sources). */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key.startsWith('on')) {
      throw new Error('event handlers must be functions: ' + key);
    } else if (key === 'class') {
      el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (key === 'href') {
      const href = safeHref(value);
      if (href) el.setAttribute('href', href);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' && 'value' in el) {
      el.value = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h('a', {href: '#/x', class: 'link'}, 'text', otherNode). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  return append(el, children);
}

/** An SVG element, built the same way. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  return append(el, children);
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** "1 event", "5 events". */
export function plural(n, word) {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

/** "2025-03-12" or "undated". */
export function day(value) {
  return value || 'undated';
}

/** A party as "Name (CODE)", or "?" when unknown. */
export function partyLabel(p) {
  if (!p) return '?';
  return p.actor ? `${p.name} (${p.actor})` : p.name;
}

/** Link to an actor page: by entity name when known (names find codes too), else by the phrase. */
export function actorLink(p, cls) {
  if (!p || !p.name) return h('span', {class: cls}, '?');
  return h('a', {class: ['actor', cls], href: '#/actor/' + encodeURIComponent(p.name), title: p.actor || 'no actor code'},
    p.name, p.actor ? h('span', {class: 'code'}, p.actor) : null);
}

/** Shows a failed request as a message, never as a blank page; 429 reads as "busy". */
export function showError(container, err) {
  const busy = err && err.status === 429;
  fill(container, h('div', {class: 'error', role: 'alert'},
    h('strong', null, busy ? 'Busy: ' : 'Error: '), err && err.message ? err.message : String(err)));
}
