// SPDX-License-Identifier: EUPL-1.2
// Reads the page catalogues (xsl/i18n/<lang>.xml) so tests compare the
// rendered pages with the catalogue texts instead of copies of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const xslDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../xsl');
export const langs = ['fr', 'nl', 'de', 'en'];

const entities = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    if (!(name in entities))
      throw new Error(`unknown entity ${all}`);
    return entities[name];
  });
}

// The <msg key="..">text</msg> entries of one catalogue, in file order.
export function entries(lang) {
  const xml = readFileSync(path.join(xslDir, 'i18n', `${lang}.xml`), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '');
  const root = /<catalogue\s+lang="([^"]*)"\s*>/.exec(xml);
  if (!root)
    throw new Error(`${lang}.xml: no <catalogue lang="..."> root`);
  const found = [];
  for (const m of xml.matchAll(/<msg\s+key="([^"]+)"\s*>([^<]*)<\/msg>/g))
    found.push([m[1], decode(m[2])]);
  return { lang: root[1], entries: found, msgCount: (xml.match(/<msg[\s>]/g) || []).length };
}

// key -> text of one catalogue.
export function catalogue(lang) {
  return new Map(entries(lang).entries);
}
