// Bundles the web page (src/main/web/app.js and the npm libraries it imports) into app.js and app.css for the
// server jar. Run by Maven: node build.mjs --outdir=DIR. The libraries' notices go on top of the bundle, since
// minifying drops their license comments.
import {build} from 'esbuild';
import {readFileSync} from 'node:fs';

const outdir = process.argv.find(a => a.startsWith('--outdir='))?.slice('--outdir='.length);
if (!outdir) {
  console.error('usage: node build.mjs --outdir=DIR');
  process.exit(2);
}
const bundled = ['uplot', 'd3-force', 'd3-dispatch', 'd3-quadtree', 'd3-timer'].map(name => {
  const pkg = JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url)));
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  return `${pkg.name} ${pkg.version} (${pkg.license}${author ? ', ' + author : ''})`;
});
const banner = `/*! Dossier web page, GPL-3.0-or-later. Bundled: ${bundled.join('; ')}. */`;

await build({
  entryPoints: ['src/main/web/app.js'],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  outdir,
  banner: {js: banner, css: banner},
  logLevel: 'warning',
});
