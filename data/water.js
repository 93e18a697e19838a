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

// WDBII names no river, and no reachable source has named river lines (Natural Earth's 1:10m rivers are not in the
// registries). The rivers a situation map of the theatre (and of the second worked example) names are listed here
// with their names and towns on their banks; a WDBII line that passes within ANCHOR_KM of a bank town takes the
// river's name. Names: the Ukrainian national transliteration in English for Ukrainian rivers, as GeoNames spells
// the towns; local = the language of the country the town is in.
const ANCHOR_KM = 3;
const RIVER_NAMES = [
  // Not Kyiv itself: the Desna flows in there, and its last stretch would be named the Dnipro.
  { name: 'Dnipro', uk: 'Дніпро', ru: 'Днепр', banks: [['UA', 30.75, 50.15], ['UA', 31.47, 49.75],
    ['UA', 33.42, 49.07], ['UA', 34.6, 48.5], ['UA', 35.05, 48.45], ['UA', 35.15, 47.85], ['UA', 33.4, 46.77],
    ['UA', 32.6, 46.63], ['BY', 30.34, 53.9], ['BY', 30.25, 52.2], ['RU', 32.05, 54.78]] },
  { name: 'Seym', uk: 'Сейм', ru: 'Сейм', banks: [['RU', 36.2, 51.67], ['RU', 34.68, 51.57], ['UA', 32.88, 51.34]] },
  { name: 'Siverskyi Donets', uk: 'Сіверський Донець', ru: 'Северский Донец', banks: [['UA', 37.26, 49.2],
    ['UA', 36.68, 49.84], ['UA', 38.43, 48.9], ['UA', 37.55, 49.03], ['UA', 38.2, 48.95], ['RU', 36.6, 50.6],
    ['RU', 40.3, 47.95]] },
  { name: 'Desna', uk: 'Десна', ru: 'Десна', banks: [['UA', 31.3, 51.49], ['UA', 33.26, 52.0], ['RU', 34.37, 53.25]] },
  { name: 'Oskil', uk: 'Оскіл', ru: 'Оскол', banks: [['UA', 37.62, 49.71], ['RU', 37.84, 51.3]] },
  { name: 'Don', uk: 'Дон', ru: 'Дон', banks: [['RU', 39.7, 47.22], ['RU', 43.52, 48.69], ['RU', 39.2, 51.1]] },
  { name: 'Volga', uk: 'Волга', ru: 'Волга', banks: [['RU', 44.52, 48.7], ['RU', 50.1, 53.2], ['RU', 49.1, 55.78]] },
  { name: 'Dniester', uk: 'Дністер', ru: 'Днестр', banks: [['MD', 29.48, 46.83], ['UA', 27.8, 48.45]] },
  { name: 'Southern Buh', uk: 'Південний Буг', ru: 'Южный Буг', banks: [['UA', 28.47, 49.23], ['UA', 31.98, 46.97]] },
  { name: 'Prypiat', uk: 'Прип\'ять', ru: 'Припять', banks: [['BY', 26.07, 52.12], ['BY', 29.25, 52.05]] },
  { name: 'Danube', uk: 'Дунай', ru: 'Дунай', banks: [['UA', 28.84, 45.35], ['RO', 28.05, 45.44], ['RS', 20.46, 44.82]] },
  { name: 'Nile', uk: 'Ніл', ru: 'Нил', local: 'النيل', banks: [['SD', 33.43, 16.69], ['SD', 30.48, 19.17], ['EG', 31.23, 30.05]] },
];
// The local name is the Ukrainian one on Ukrainian banks, the Russian one elsewhere in the theatre.
const LOCAL_LANGUAGE = { UA: 'uk', RU: 'ru', BY: 'ru', MD: null, RO: null, RS: null };

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

// Joins pieces that continue one another (end of one = start of the next) into longer lines; rings close. A line
// stops where another line of its rank flows in: past a confluence the water is another river's (the Desna's line
// would otherwise run on as the Dnipro's), so a river's name can be given to its own lines only.
function chain(list) {
  const byStart = new Map();
  for (const p of list) if (!byStart.has(key(p[0]))) byStart.set(key(p[0]), p);
  const inflows = new Map();
  for (const p of list) inflows.set(key(p[p.length - 1]), (inflows.get(key(p[p.length - 1])) || 0) + 1);
  const used = new Set();
  const out = [];
  const follow = (first) => {
    used.add(first);
    let line = first.slice();
    for (;;) {
      const end = key(line[line.length - 1]);
      const next = byStart.get(end);
      if (!next || used.has(next) || inflows.get(end) > 1) return line;
      used.add(next);
      line = line.concat(next.slice(1));
    }
  };
  // Heads first (a piece nothing flows into), then pieces below a confluence, then what is left (closed rings).
  for (const p of list) if (!used.has(p) && !inflows.has(key(p[0]))) out.push(follow(p));
  for (const p of list) if (!used.has(p) && inflows.get(key(p[0])) > 1) out.push(follow(p));
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

// Distance in km from a point to a line (to its nearest segment).
function lineKm(coords, lon, lat) {
  const cos = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (let i = 1; i < coords.length; i++) {
    const ax = (coords[i - 1][0] - lon) * cos; const ay = coords[i - 1][1] - lat;
    const bx = (coords[i][0] - lon) * cos; const by = coords[i][1] - lat;
    const dx = bx - ax; const dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy) * 111);
  }
  return best;
}

// Names every river line that passes a bank town of RIVER_NAMES; returns how many lines each river named.
function nameRivers(features) {
  const named = {};
  for (const river of RIVER_NAMES) {
    named[river.name] = 0;
    for (const [country, lon, lat] of river.banks) {
      for (const f of features) {
        if (f.properties.name || lineKm(f.geometry.coordinates, lon, lat) > ANCHOR_KM) continue;
        const lang = LOCAL_LANGUAGE[country];
        const local = river.local || (lang ? river[lang] : null);
        Object.assign(f.properties, { name: river.name, name_local: local, name_uk: river.uk, name_ru: river.ru });
        named[river.name]++;
      }
    }
  }
  return named;
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
  const named = nameRivers(riverFeatures);
  for (const [river, n] of Object.entries(named)) {
    if (n === 0) failed++;
    console.log(`    ${n ? 'OK     ' : 'MISSING'} river name ${river}: ${n} lines`);
  }
  writeGz('lakes.geojson.gz', lakeFeatures);
  writeGz('rivers.geojson.gz', riverFeatures);
  return failed;
}

module.exports = { derive };
