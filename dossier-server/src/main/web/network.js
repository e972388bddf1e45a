// The network view: who acts on whom among the matching events, laid out by d3-force and drawn as SVG. Node size
// follows the number of events, edge width the number of events from source to target. Click a node for its page.
import {forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY} from 'd3-force';
import {get} from './api.js';
import {h, svg, fill, plural} from './dom.js';
import {searchHash} from './search.js';

const WIDTH = 900;
const HEIGHT = 560;

function radius(node) {
  return 5 + Math.sqrt(node.events) * 3;
}

function layout(network) {
  const nodes = network.nodes.map(n => ({...n}));
  const links = network.edges.map(e => ({...e}));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id(n => n.id).distance(110))
    .force('charge', forceManyBody().strength(-320))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    .force('collide', forceCollide(n => radius(n) + 6))
    // a pull to the middle keeps unconnected pairs on the canvas instead of drifting to its edges
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.1))
    .stop();
  // a fixed number of ticks up front: a still picture, the same on every load, nothing animating under the mouse
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(40, Math.min(WIDTH - 40, n.x));
    n.y = Math.max(20, Math.min(HEIGHT - 20, n.y));
  }
  return {nodes, links};
}

function drawing(network) {
  const {nodes, links} = layout(network);
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
  const node = n => svg('g', {class: 'node', transform: `translate(${n.x},${n.y})`, tabindex: 0, role: 'link',
    onclick: () => { location.hash = '#/actor/' + encodeURIComponent(n.id); },
    onkeydown: e => { if (e.key === 'Enter') location.hash = '#/actor/' + encodeURIComponent(n.id); }},
  svg('circle', {r: radius(n)}),
  svg('text', {x: radius(n) + 3, y: 4}, n.name.length > 28 ? n.name.slice(0, 27) + '…' : n.name),
  svg('title', null, `${n.name}${n.actor ? ' (' + n.actor + ')' : ''}: ${n.events} events`));
  return svg('svg', {id: 'network-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Network of actors'},
    svg('defs', null, svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse'},
      svg('path', {d: 'M 0 0 L 10 5 L 0 10 z'}))),
    svg('g', {class: 'edges'}, links.map(edge)),
    svg('g', {class: 'nodes'}, nodes.map(node)));
}

function filterForm(params) {
  const input = (name, placeholder) => h('input', {name, placeholder, value: params[name] || '', 'aria-label': placeholder});
  const form = h('form', {class: 'network-filters', onsubmit: e => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) query.set(k, v);
    location.hash = '#/network?' + query.toString();
  }},
  input('q', 'words'), input('actor', 'actor'), input('type', 'event type'), input('country', 'country'),
  h('input', {name: 'from', type: 'date', value: params.from || '', 'aria-label': 'from'}),
  h('input', {name: 'to', type: 'date', value: params.to || '', 'aria-label': 'to'}),
  h('button', {type: 'submit'}, 'Draw'));
  return form;
}

export async function showNetwork(view, params) {
  fill(view, h('h1', null, 'Who acts on whom'), filterForm(params), h('p', {class: 'loading'}, 'Drawing…'));
  const network = await get('network', params);
  const table = h('table', {class: 'edges-table'},
    h('thead', null, h('tr', null, h('th', null, 'source'), h('th', null, 'target'), h('th', null, 'events'), h('th', null, 'types'))),
    h('tbody', null, network.edges.slice(0, 50).map(e => h('tr', null,
      h('td', null, h('a', {href: '#/actor/' + encodeURIComponent(e.source)}, e.source)),
      h('td', null, h('a', {href: '#/actor/' + encodeURIComponent(e.target)}, e.target)),
      h('td', {class: 'num'}, e.count),
      h('td', null, h('a', {href: searchHash({...params, actor: e.source, kind: 'event'})},
        Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', ')))))));
  fill(view, h('h1', null, 'Who acts on whom'), filterForm(params),
    h('p', {class: 'summary'}, `${plural(network.nodes.length, 'actor')}, ${plural(network.edges.length, 'pair')} from ${plural(network.events, 'event')}`,
      network.truncated ? ' (the most active shown)' : ''),
    network.nodes.length ? drawing(network) : h('p', {class: 'empty'}, 'No events match.'),
    network.edges.length ? table : null);
}
