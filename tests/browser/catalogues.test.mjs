// SPDX-License-Identifier: EUPL-1.2
// The four page catalogues agree with each other and with the stylesheets.
// Needs no server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { xslDir, langs, entries, catalogue } from './catalogue.mjs';

const statuses = ['400', '403', '404', '405', '413', '500', '503'];
const menu = ['nouveau', 'breakatwork', 'dossier', 'attestations', 'demandes', 'annuler',
  'contact', 'pieces', 'logout'];

// The page stylesheets: page.xsl, layout.xsl and pages/*.xsl (not csam-dev's xsl/idp/).
function stylesheets() {
  const top = readdirSync(xslDir).filter((f) => f.endsWith('.xsl')).map((f) => path.join(xslDir, f));
  const pages = readdirSync(path.join(xslDir, 'pages')).filter((f) => f.endsWith('.xsl'))
    .map((f) => path.join(xslDir, 'pages', f));
  return [...top, ...pages];
}

test('each catalogue is well formed: its own lang, no duplicate or empty message', () => {
  for (const lang of langs) {
    const c = entries(lang);
    assert.equal(c.lang, lang, `${lang}.xml declares lang="${c.lang}"`);
    assert.equal(c.entries.length, c.msgCount, `${lang}.xml: every <msg> has a key and plain text`);
    const seen = new Set();
    for (const [key, text] of c.entries) {
      assert.ok(!seen.has(key), `${lang}.xml: duplicate key ${key}`);
      seen.add(key);
      assert.ok(text.trim().length > 0, `${lang}.xml: empty text for ${key}`);
      assert.equal(text, text.trim(), `${lang}.xml: ${key} has leading or trailing space`);
    }
  }
});

test('all catalogues have exactly the keys of the French reference', () => {
  const fr = [...catalogue('fr').keys()].sort();
  for (const lang of langs.slice(1)) {
    const keys = [...catalogue(lang).keys()].sort();
    const missing = fr.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !fr.includes(k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${lang}.xml against fr.xml`);
  }
});

test('every key the stylesheets ask for exists', () => {
  const fr = catalogue('fr');
  const wanted = new Set();
  for (const file of stylesheets())
    for (const m of readFileSync(file, 'utf8').matchAll(/t:msg\('([^']+)'\)/g))
      wanted.add(m[1]);
  // Keys built with concat(): menu items, languages, error statuses.
  for (const item of menu)
    wanted.add(`menu.${item}`);
  for (const lang of langs)
    wanted.add(`lang.${lang}`);
  for (const s of statuses)
    for (const part of ['title', 'text', 'next'])
      wanted.add(`error.${s}.${part}`);
  assert.ok(wanted.size > 40, 'the stylesheets were found and read');
  const missing = [...wanted].filter((k) => !fr.has(k));
  assert.deepEqual(missing, [], 'keys used but not in the catalogues');
});

test('language names are native in every catalogue', () => {
  const native = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };
  for (const lang of langs)
    for (const [code, name] of Object.entries(native))
      assert.equal(catalogue(lang).get(`lang.${code}`), name, `${lang}.xml lang.${code}`);
});

test('French keeps the seed manual wording', () => {
  const fr = catalogue('fr');
  assert.equal(fr.get('start.intro'), "Vous pouvez introduire facilement et rapidement une demande " +
    "d'interruption de carrière via Break@work. Pour compléter et introduire correctement votre " +
    'demande, veuillez suivre les étapes ci-dessous.');
  assert.equal(fr.get('start.button'), 'Introduire une demande');
  assert.deepEqual(menu.map((k) => fr.get(`menu.${k}`)), ['Nouveau citoyen', 'Break@Work',
    'Mon dossier', 'Attestations', 'Compléter une demande', 'Annuler', 'Données de contact',
    'Pièces jointes', 'Se déconnecter']);
  assert.equal(`${fr.get('person.outdated')} ${fr.get('person.outdated.link')}${fr.get('person.outdated.end')}`,
    "Si ces données ne sont plus d'actualité, veuillez nous contacter.");
});
