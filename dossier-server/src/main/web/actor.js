// The actor view: who the actor is, a chart of its statements and events per month or week (uPlot), the event
// types it is involved in, whom it acts on, and its entries in date order. Clicking a bar lists that period only.
import uPlot from 'uplot';
import {get} from './api.js';
import {h, fill, actorLink, plural} from './dom.js';
import {hitCard, searchHash} from './search.js';
import {allPeriods, seconds} from './periods.js';

const COLORS = {statements: '#3b6fb6', events: '#d9822b'};

function chart(page, onPick) {
  const box = h('div', {class: 'chart', id: 'actor-chart'});
  if (!page.buckets.length) {
    box.appendChild(h('p', {class: 'empty'}, 'No dated statements or events.'));
    return box;
  }
  // a time axis over every period from the first to the last, the empty ones as zeros
  const periods = allPeriods(page.buckets, page.by);
  const xs = periods.map(b => seconds(b.start));
  const data = [xs, periods.map(b => b.statements), periods.map(b => b.events)];
  const bars = align => uPlot.paths.bars({size: [0.4, 48], align});
  const step = periods.length > 1 ? xs[1] - xs[0] : (page.by === 'WEEK' ? 7 : 30) * 86400;
  Object.assign(box.dataset, {periods: periods.length, empty: periods.filter(b => !b.statements && !b.events).length,
    first: periods[0].period, last: periods[periods.length - 1].period});
  const opts = {
    width: 760, height: 240, title: `Statements and events per ${page.by.toLowerCase()}`,
    scales: {x: {time: true, range: [xs[0] - step * 0.6, xs[xs.length - 1] + step * 0.6]},
      y: {range: (u, min, max) => [0, Math.max(1, max * 1.1)]}},
    axes: [{grid: {show: false}}, {label: 'count', size: 50}],
    series: [
      {label: page.by === 'WEEK' ? 'week' : 'month', value: (u, v, si, i) => i == null ? '' : periods[i].period},
      {label: 'statements', stroke: COLORS.statements, fill: COLORS.statements + 'cc', paths: bars(-1), points: {show: false}},
      {label: 'events', stroke: COLORS.events, fill: COLORS.events + 'cc', paths: bars(1), points: {show: false}},
    ],
  };
  // the chart needs its box in the page to measure; build it on the next frame
  requestAnimationFrame(() => {
    opts.width = Math.max(280, Math.min(900, box.clientWidth - 16 || 760));
    const plot = new uPlot(opts, data, box);
    plot.over.addEventListener('click', () => {
      const i = plot.cursor.idx;
      if (i !== null && i !== undefined) onPick(periods[i]);
    });
    box.plot = plot; // for the browser tests, which read its scale
    box.dataset.drawn = 'true';
  });
  return box;
}

function inPeriod(hit, bucket, by) {
  if (!hit.date) return false;
  const start = bucket.start;
  const end = new Date(Date.parse(start + 'T00:00:00Z'));
  if (by === 'WEEK') end.setUTCDate(end.getUTCDate() + 7); else end.setUTCMonth(end.getUTCMonth() + 1);
  return hit.date >= start && hit.date < end.toISOString().slice(0, 10);
}

function partners(page) {
  const edges = page.network.edges.slice(0, 12);
  if (!edges.length) return h('p', {class: 'empty'}, 'No events with two parties.');
  return h('ul', {class: 'partners'}, edges.map(e => h('li', null,
    h('a', {href: '#/actor/' + encodeURIComponent(e.source)}, e.source), ' → ',
    h('a', {href: '#/actor/' + encodeURIComponent(e.target)}, e.target), ' ',
    h('span', {class: 'count', title: Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', ')}, e.count))));
}

export async function showActor(view, actor, params) {
  fill(view, h('p', {class: 'loading'}, 'Loading the actor…'));
  const by = params.by === 'week' ? 'week' : 'month';
  const page = await get('actors/' + encodeURIComponent(actor), {by, topic: params.topic, from: params.from, to: params.to});
  const main = page.codeName ? {name: page.codeName, actor: page.actor} : page.names[0];
  const entries = h('section', {class: 'entries', id: 'actor-entries'});
  const showEntries = bucket => {
    const shown = bucket ? page.entries.filter(hit => inPeriod(hit, bucket, page.by)) : page.entries;
    fill(entries,
      h('h2', null, bucket ? `In ${bucket.period}` : 'Statements and events', ' ',
        h('span', {class: 'count'}, shown.length),
        bucket ? h('button', {type: 'button', class: 'link', onclick: () => showEntries(null)}, 'show all') : null),
      shown.length ? shown.map(hit => hitCard(hit)) : h('p', {class: 'empty'}, 'Nothing in this period among the entries shown.'),
      page.entries.length < page.statements + page.events
        ? h('p', {class: 'note'}, `The first ${page.entries.length} of ${page.statements + page.events} are listed; narrow with dates or a topic.`)
        : null);
  };
  const toggle = h('div', {class: 'toggle'}, ['month', 'week'].map(p => h('a', {
    class: p === by ? 'current' : null,
    href: `#/actor/${encodeURIComponent(actor)}?by=${p}${params.topic ? '&topic=' + encodeURIComponent(params.topic) : ''}`,
  }, 'per ' + p)));
  fill(view,
    h('header', {class: 'actor-head'},
      h('h1', {id: 'actor-name'}, main ? main.name : actor, main && main.actor ? h('span', {class: 'code'}, main.actor) : null),
      page.codeName ? null : page.names.length > 1 ? h('p', {class: 'aka'}, 'Also matched: ',
        page.names.slice(1, 8).map((n, i) => [i ? ', ' : '', actorLink(n, 'aka-name')])) : null,
      h('p', {class: 'counts'}, `${plural(page.statements, 'statement')} · ${plural(page.events, 'event')}`, ' · ',
        h('a', {href: searchHash({actor})}, 'search'), ' · ',
        h('a', {href: '#/network?actor=' + encodeURIComponent(actor)}, 'network'))),
    h('div', {class: 'actor-layout'},
      h('div', null, toggle, chart(page, showEntries), entries),
      h('aside', null,
        page.codeName ? h('section', {id: 'actor-members'}, h('h3', null, 'Members ', h('span', {class: 'count'}, page.names.length)),
          h('ul', {class: 'types members'}, page.names.slice(0, 30).map(n => h('li', null,
            actorLink(n, 'member'), h('span', {class: 'count', title: 'entries'}, n.entries))))) : null,
        h('section', null, h('h3', null, 'Event types'), page.types.length
          ? h('ul', {class: 'types'}, page.types.map(t => h('li', null,
            h('a', {href: searchHash({actor, type: t.value, kind: 'event'})}, t.value), h('span', {class: 'count'}, t.count))))
          : h('p', {class: 'empty'}, 'none')),
        h('section', null, h('h3', null, 'Acts on / acted on by'), partners(page)))));
  showEntries(null);
}
