// Water of Sitmap's base map: lakes and reservoirs (GSHHG) and rivers (WDBII), extracted with GMT's `gmt coast`
// from the Debian package gmt-gshhg-full. Called by derive.js; see data/README.md.
'use strict';

const { execFileSync } = require('child_process');

// Lakes: GSHHG level 2 (lakes, reservoirs among them). Worldwide at intermediate resolution from 100 km2 up; in
// the theatre at high resolution from 2 km2 up, so the Dnipro's reservoirs keep their shape.
const LAKES_WORLD = ['-Di', '-A100/2/2'];
const LAKES_THEATRE = ['-Dh', '-A2/2/2'];
// Rivers: WDBII ranks 1 (river-lakes), 2 (permanent major), 3 (additional major), 4 (additional). Worldwide the
// first two ranks at intermediate resolution; in the theatre the first four at high resolution (the Seym is rank 3).
const RIVERS_WORLD = { res: '-Di', ranks: [1, 2] };
const RIVERS_THEATRE = { res: '-Dh', ranks: [1, 2, 3, 4] };
const DECIMALS = 4;

// The Psel and the Vorskla are in none of the reachable sources (WDBII at any rank, Natural Earth 1:50m). A line
// traced through the towns on their banks was tried and dropped: at 1:1,000,000 it cut straight across the land.

function round(x) {
  const f = 10 ** DECIMALS;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

// `gmt coast` dumps shorelines and rivers as pieces, one per 'bin' of its data; x may run 0..360.
function pieces(args) {
  const out = execFileSync('gmt', ['coast', ...args, '-M'], { maxBuffer: 1 << 30, cwd: require('os').tmpdir() }).toString();
  const list = [];
  let cur = null;
  for (const line of out.split('\n')) {
    if (!line) continue;
    if (line[0] === '>') { cur = []; list.push(cur); continue; }
    const [x, y] = line.trim().split(/\s+/).map(Number);
    const p = [round(x > 180 ? x - 360 : x), round(y)];
    const last = cur[cur.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) cur.push(p);
  }
  return list.filter((p) => p.length >= 2);
}

const key = (p) => `${p[0]},${p[1]}`;

// Joins pieces that continue one another (end of one = start of the next) into longer lines; rings close.
function chain(list) {
  const byStart = new Map();
  for (const p of list) if (!byStart.has(key(p[0]))) byStart.set(key(p[0]), p);
  const hasPredecessor = new Set(list.map((p) => key(p[p.length - 1])));
  const used = new Set();
  const out = [];
  const follow = (first) => {
    used.add(first);
    let line = first.slice();
    for (;;) {
      const next = byStart.get(key(line[line.length - 1]));
      if (!next || used.has(next)) return line;
      used.add(next);
      line = line.concat(next.slice(1));
    }
  };
  // Heads first (a piece nothing flows into), then what is left (closed rings).
  for (const p of list) if (!used.has(p) && !hasPredecessor.has(key(p[0]))) out.push(follow(p));
  for (const p of list) if (!used.has(p)) out.push(follow(p));
  return out;
}

function bbox(ring) {
  const b = { minLon: 180, maxLon: -180, minLat: 90, maxLat: -90 };
  for (const [x, y] of ring) {
    b.minLon = Math.min(b.minLon, x); b.maxLon = Math.max(b.maxLon, x);
    b.minLat = Math.min(b.minLat, y); b.maxLat = Math.max(b.maxLat, y);
  }
  return b;
}

const inside = (b, box) => b.minLon >= box.minLon && b.maxLon <= box.maxLon && b.minLat >= box.minLat
  && b.maxLat <= box.maxLat;
const closed = (l) => l.length >= 4 && key(l[0]) === key(l[l.length - 1]);
const sortKey = (f) => JSON.stringify(f.geometry.coordinates[0].slice(0, 2));

function lakes(box) {
  const world = chain(pieces(['-Rg', ...LAKES_WORLD, '-W2'])).filter((r) => closed(r) && !inside(bbox(r), box));
  const theatre = chain(pieces(['-Rg', ...LAKES_THEATRE, '-W2'])).filter((r) => closed(r) && inside(bbox(r), box));
  const features = world.concat(theatre).map((r) => ({ type: 'Feature', properties: {},
    geometry: { type: 'Polygon', coordinates: [r] } }));
  return features.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
}

function riversOf(region, spec, keep) {
  const out = [];
  for (const rank of spec.ranks) {
    for (const line of chain(pieces([region, spec.res, `-I${rank}`]))) {
      if (keep(bbox(line))) out.push({ type: 'Feature', properties: { rank }, geometry: { type: 'LineString', coordinates: line } });
    }
  }
  return out;
}

function rivers(box) {
  const b = `-R${box.minLon}/${box.maxLon}/${box.minLat}/${box.maxLat}`;
  const world = riversOf('-Rg', RIVERS_WORLD, (bb) => !inside(bb, box));
  const theatre = riversOf(b, RIVERS_THEATRE, () => true);
  const all = world.concat(theatre);
  return all.sort((a, c) => a.properties.rank - c.properties.rank || (sortKey(a) < sortKey(c) ? -1 : 1));
}

// Distance in km from a point to the nearest vertex of the features (sanity checks).
function nearestKm(features, lon, lat) {
  let best = Infinity;
  const cos = Math.cos((lat * Math.PI) / 180);
  for (const f of features) {
    const lines = f.geometry.type === 'Polygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    for (const l of lines) for (const [x, y] of l) best = Math.min(best, Math.hypot((x - lon) * cos, y - lat) * 111);
  }
  return best;
}

/** Writes lakes.geojson.gz and rivers.geojson.gz; returns the number of failed sanity checks. */
function derive({ writeGz, THEATRE_BOX }) {
  console.log('== water: GSHHG lakes and WDBII rivers (gmt coast, gmt-gshhg-full)');
  const lakeFeatures = lakes(THEATRE_BOX);
  const riverFeatures = rivers(THEATRE_BOX);
  let failed = 0;
  const checks = [['lake', lakeFeatures, 'Kyiv reservoir', 30.45, 51.0, 3], ['lake', lakeFeatures, 'Kremenchuk reservoir', 32.8, 49.2, 10],
    ['lake', lakeFeatures, 'Lake Victoria at Kisumu', 34.75, -0.1, 10], ['river', riverFeatures, 'Dnipro at Kyiv', 30.55, 50.45, 2],
    ['river', riverFeatures, 'Seym at Kursk', 36.2, 51.67, 3], ['river', riverFeatures, 'Siverskyi Donets at Izium', 37.26, 49.2, 2],
    ['river', riverFeatures, 'Nile at Khartoum', 32.53, 15.6, 8]];
  for (const [what, fs, label, lon, lat, km] of checks) {
    const d = nearestKm(fs, lon, lat);
    const ok = d <= km;
    if (!ok) failed++;
    console.log(`    ${ok ? 'OK     ' : 'MISSING'} ${what} ${label}: nearest vertex ${d.toFixed(1)} km (<= ${km})`);
  }
  writeGz('lakes.geojson.gz', lakeFeatures);
  writeGz('rivers.geojson.gz', riverFeatures);
  return failed;
}

module.exports = { derive };
