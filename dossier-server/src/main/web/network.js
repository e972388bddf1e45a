// The network view: who acts on whom among the matching events, laid out by d3-force and drawn as SVG. Node size
// follows the number of events, edge width the number of events from source to target, colour the country or the
// type (role) of the actor's code, with a legend. The drawing is scaled to fit its box and labels are placed where
// they overlap no other label or node (a label that fits nowhere is left to the node's tooltip). Click a node for
// its page.
import {forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY} from 'd3-force';
import {get} from './api.js';
import {h, svg, fill, plural} from './dom.js';
import {searchHash, eventTypes, typeSelect} from './search.js';

const WIDTH = 900;
const HEIGHT = 560;
const MARGIN = 12;
const FONT = '11px system-ui, sans-serif';
const LABEL_HEIGHT = 13;
const PALETTE = ['#4a78c2', '#d9822b', '#3d9a5b', '#b5475b', '#8a5cc2', '#2aa1b3', '#c2a23a', '#7a6a58', '#d46fb0'];
const NONE = '#b8bfcc';
const OTHER = '#6b7280';

function radius(node) {
  return 5 + Math.sqrt(node.events) * 3;
}

let measurer = null;
/** A label's width in the drawing's units, measured with the font the page draws it in. */
function textWidth(text) {
  if (!measurer) {
    measurer = document.createElement('canvas').getContext('2d');
    measurer.font = FONT;
  }
  return measurer.measureText(text).width;
}

function labelOf(n) {
  return n.name.length > 28 ? n.name.slice(0, 27) + '…' : n.name;
}

function layout(network) {
  const nodes = network.nodes.map(n => ({...n}));
  const links = network.edges.map(e => ({...e}));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id(n => n.id).distance(110))
    .force('charge', forceManyBody().strength(-320))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    // room for the node and a good part of its label, so labels have somewhere to go
    .force('collide', forceCollide(n => radius(n) + Math.min(40, textWidth(labelOf(n)) / 3) + 4))
    // a pull to the middle keeps unconnected pairs on the canvas instead of drifting to its edges
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.1))
    .stop();
  // a fixed number of ticks up front: a still picture, the same on every load, nothing animating under the mouse
  for (let i = 0; i < 300; i++) sim.tick();
  fit(nodes);
  return {nodes, links, labels: placeLabels(nodes)};
}

/** Scales and moves the layout so every node, with room for a short label, lies inside the box. */
function fit(nodes) {
  if (!nodes.length) return;
  const pad = n => radius(n) + MARGIN;
  const x0 = Math.min(...nodes.map(n => n.x - pad(n))), x1 = Math.max(...nodes.map(n => n.x + pad(n)));
  const y0 = Math.min(...nodes.map(n => n.y - pad(n))), y1 = Math.max(...nodes.map(n => n.y + pad(n)));
  const side = 60; // kept free left and right for labels of nodes at the edge
  const scale = Math.min(1.6, (WIDTH - 2 * side) / Math.max(1, x1 - x0), (HEIGHT - 2 * LABEL_HEIGHT) / Math.max(1, y1 - y0));
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  for (const n of nodes) {
    n.x = WIDTH / 2 + (n.x - cx) * scale;
    n.y = HEIGHT / 2 + (n.y - cy) * scale;
  }
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Where each node's label goes: right, left, above or below it, the first place inside the box that covers no
 * placed label and no node; the busiest nodes choose first. A label with no such place is not drawn.
 */
function placeLabels(nodes) {
  const circles = nodes.map(n => ({x: n.x - radius(n), y: n.y - radius(n), w: 2 * radius(n), h: 2 * radius(n), n}));
  const placed = new Map();
  const boxes = [];
  for (const n of [...nodes].sort((a, b) => b.events - a.events)) {
    const text = labelOf(n), w = textWidth(text), r = radius(n), hh = LABEL_HEIGHT;
    const spots = [
      {x: n.x + r + 3, y: n.y - hh / 2, anchor: 'start'},
      {x: n.x - r - 3 - w, y: n.y - hh / 2, anchor: 'end'},
      {x: n.x - w / 2, y: n.y - r - 2 - hh, anchor: 'middle'},
      {x: n.x - w / 2, y: n.y + r + 2, anchor: 'middle'},
    ];
    for (const s of spots) {
      const box = {x: s.x, y: s.y, w, h: hh};
      const inside = box.x >= 0 && box.y >= 0 && box.x + w <= WIDTH && box.y + hh <= HEIGHT;
      if (inside && !boxes.some(b => overlaps(b, box)) && !circles.some(c => c.n !== n && overlaps(c, box))) {
        boxes.push(box);
        placed.set(n.id, {...box, text, anchor: s.anchor});
        break;
      }
    }
  }
  return placed;
}

/** The colour key of a node: its country or its type (the code's first role or group); null without a code. */
function keyOf(n, by) {
  return by === 'type' ? n.sector : n.country;
}

/** Colours of the most frequent keys; the rest share one colour, nodes without a key another. */
function colours(nodes, by) {
  const counts = new Map();
  for (const n of nodes) {
    const k = keyOf(n, by);
    if (k) counts.set(k, (counts.get(k) || 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, PALETTE.length);
  const colour = new Map(top.map(([k], i) => [k, PALETTE[i]]));
  const legend = top.map(([k, n]) => ({key: k, colour: colour.get(k), count: n}));
  const others = [...counts.keys()].filter(k => !colour.has(k));
  if (others.length) legend.push({key: 'other', colour: OTHER, count: others.reduce((s, k) => s + counts.get(k), 0)});
  const none = nodes.filter(n => !keyOf(n, by)).length;
  if (none) legend.push({key: 'no code', colour: NONE, count: none});
  return {of: n => { const k = keyOf(n, by); return !k ? NONE : colour.get(k) || OTHER; }, legend};
}

function drawing(network, by) {
  const {nodes, links, labels} = layout(network);
  const paint = colours(nodes, by);
  const most = Math.max(1, ...links.map(l => l.count));
  const edge = l => {
    const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y;
    const len = Math.max(1, Math.hypot(dx, dy));
    const r = radius(l.target) + 3; // stop at the target's rim so the arrow head shows
    return svg('line', {
      class: 'edge', x1: l.source.x, y1: l.source.y, x2: l.target.x - dx / len * r, y2: l.target.y - dy / len * r,
      'stroke-width': 1 + 4 * l.count / most, 'marker-end': 'url(#arrow)',
    }, svg('title', null, `${l.source.id} → ${l.target.id}: ` + Object.entries(l.types).map(([t, n]) => `${t} ${n}`).join(', ')));
  };
  const label = n => {
    const at = labels.get(n.id);
    if (!at) return null;
    const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x + at.w : at.x + at.w / 2;
    return svg('text', {x: x - n.x, y: at.y + at.h - 3 - n.y, 'text-anchor': at.anchor}, at.text);
  };
  const node = n => svg('g', {class: 'node', transform: `translate(${n.x},${n.y})`, tabindex: 0, role: 'link',
    'data-key': keyOf(n, by) || '', 'data-id': n.id,
    onclick: () => { location.hash = '#/actor/' + encodeURIComponent(n.id); },
    onkeydown: e => { if (e.key === 'Enter') location.hash = '#/actor/' + encodeURIComponent(n.id); }},
  svg('circle', {r: radius(n), fill: paint.of(n)}),
  label(n),
  svg('title', null, `${n.name}${n.actor ? ' (' + n.actor + ')' : ''}: ${n.events} events`));
  const picture = svg('svg', {id: 'network-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Network of actors'},
    svg('defs', null, svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse'},
      svg('path', {d: 'M 0 0 L 10 5 L 0 10 z'}))),
    svg('g', {class: 'edges'}, links.map(edge)),
    svg('g', {class: 'nodes'}, nodes.map(node)));
  const legend = h('ul', {class: 'legend network-legend', id: 'network-legend', 'aria-label': 'Colours'},
    paint.legend.map(l => h('li', {dataset: {key: l.key}},
      svg('svg', {class: 'swatch', width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true'},
        svg('circle', {cx: 6, cy: 6, r: 6, fill: l.colour})), l.key, h('span', {class: 'count'}, l.count))));
  return [picture, legend];
}

function filterForm(params, types) {
  const input = (name, placeholder) => h('input', {name, placeholder, value: params[name] || '', 'aria-label': placeholder});
  const colour = h('select', {name: 'colour', 'aria-label': 'colour by', id: 'colour-by'},
    h('option', {value: ''}, 'colour by country'), h('option', {value: 'type'}, 'colour by type'));
  colour.value = params.colour === 'type' ? 'type' : '';
  const form = h('form', {class: 'network-filters', onsubmit: e => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) query.set(k, v);
    location.hash = '#/network?' + query.toString();
  }},
  input('q', 'words'), input('actor', 'actor'), typeSelect(types, params.type, {'aria-label': 'event type'}),
  input('country', 'country'),
  h('input', {name: 'from', type: 'date', value: params.from || '', 'aria-label': 'from'}),
  h('input', {name: 'to', type: 'date', value: params.to || '', 'aria-label': 'to'}),
  colour,
  h('button', {type: 'submit'}, 'Draw'));
  colour.addEventListener('change', () => form.requestSubmit());
  return form;
}

export async function showNetwork(view, params) {
  const types = await eventTypes();
  fill(view, h('h1', null, 'Who acts on whom'), filterForm(params, types), h('p', {class: 'loading'}, 'Drawing…'));
  const {colour, ...filters} = params;
  const network = await get('network', filters);
  const table = h('table', {class: 'edges-table'},
    h('thead', null, h('tr', null, h('th', null, 'source'), h('th', null, 'target'), h('th', null, 'events'), h('th', null, 'types'))),
    h('tbody', null, network.edges.slice(0, 50).map(e => h('tr', null,
      h('td', null, h('a', {href: '#/actor/' + encodeURIComponent(e.source)}, e.source)),
      h('td', null, h('a', {href: '#/actor/' + encodeURIComponent(e.target)}, e.target)),
      h('td', {class: 'num'}, e.count),
      h('td', null, h('a', {href: searchHash({...filters, actor: e.source, kind: 'event'})},
        Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', ')))))));
  fill(view, h('h1', null, 'Who acts on whom'), filterForm(params, types),
    h('p', {class: 'summary'}, `${plural(network.nodes.length, 'actor')}, ${plural(network.edges.length, 'pair')} from ${plural(network.events, 'event')}`,
      network.truncated ? ' (the most active shown)' : ''),
    network.nodes.length ? h('div', {class: 'network-box'}, drawing(network, colour === 'type' ? 'type' : 'country'))
      : h('p', {class: 'empty'}, 'No events match.'),
    network.edges.length ? table : null);
}
