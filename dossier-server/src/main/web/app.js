// The analyst's page: a hash router over five views (search, article, actor, network, analyse text).
import 'uplot/dist/uPlot.min.css';
import {get} from './api.js';
import {h, fill, plural, showError} from './dom.js';
import {showSearch} from './search.js';
import {showArticle} from './article.js';
import {showActor} from './actor.js';
import {showNetwork} from './network.js';
import {showExtract} from './extract.js';

const main = document.getElementById('main');

/** The route of a hash such as "#/article/ID?focus=s5": its view, path rest and query. */
function route(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)));
  const [view, ...rest] = path.split('/');
  return {view: view || 'search', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params};
}

async function render() {
  const r = route(location.hash);
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('current', link.dataset.view === r.view);
  }
  const view = h('div', {class: 'view view-' + r.view});
  fill(main, view);
  try {
    switch (r.view) {
      case 'article': await showArticle(view, r.arg, r.params); break;
      case 'actor': await showActor(view, r.arg, r.params); break;
      case 'network': await showNetwork(view, r.params); break;
      case 'extract': await showExtract(view); break;
      default: await showSearch(view, r.params);
    }
  } catch (err) {
    showError(view, err);
  }
  view.dataset.ready = 'true'; // browser tests wait for this
}

async function stats() {
  try {
    const s = await get('stats');
    fill(document.getElementById('stats'),
      `${plural(s.articles, 'article')} · ${plural(s.statements, 'statement')} · ${plural(s.events, 'event')}`);
  } catch {
    fill(document.getElementById('stats'), 'store unavailable');
  }
}

window.addEventListener('hashchange', render);
render();
stats();
setInterval(stats, 30000); // an ingest in another process shows up in the counts
