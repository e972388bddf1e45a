// The analyse view: paste an article, see its statements and events highlighted. Nothing is stored.
import {extract} from './api.js';
import {h, fill, showError} from './dom.js';
import {renderRecord} from './article.js';

/** The plain article format: a header line with the date and title when given, then the text. */
function body(title, date, text) {
  if (!title && !date) return text;
  return (date ? ` date ${date} ` : '') + (title || '') + '\n' + text;
}

export async function showExtract(view) {
  const out = h('div', {class: 'extract-result', id: 'extract-result'});
  const form = h('form', {class: 'extract', onsubmit: async e => {
    e.preventDefault();
    const data = new FormData(form);
    const button = form.querySelector('button');
    button.disabled = true;
    fill(out, h('p', {class: 'loading'}, 'Analysing… (the first analysis loads the language models)'));
    try {
      const result = await extract(body(data.get('title').trim(), data.get('date'), data.get('text')));
      fill(out);
      for (const p of result.problems) out.appendChild(h('p', {class: 'error'}, `${p.item}: ${p.reason}`));
      for (const record of result.records) {
        const section = h('section', {class: 'view-article'});
        out.appendChild(section);
        renderRecord(section, record, null, 'Analysed just now; not stored.');
      }
    } catch (err) {
      showError(out, err);
    } finally {
      button.disabled = false;
    }
  }},
  h('div', {class: 'extract-meta'},
    h('input', {name: 'title', placeholder: 'Title (optional; else the first line)', 'aria-label': 'Title'}),
    h('input', {name: 'date', type: 'date', 'aria-label': 'Published'})),
  h('textarea', {name: 'text', id: 'extract-text', rows: 12, required: true,
    placeholder: 'Paste an article: one paragraph per line. HTML and JSON Lines work too.'}),
  h('button', {type: 'submit'}, 'Analyse'));
  fill(view, h('h1', null, 'Analyse a text'), form, out);
}
