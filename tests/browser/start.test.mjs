// SPDX-License-Identifier: EUPL-1.2
// Part A pages in headless Debian chromium, through nginx and the pool:
// the start page, the keyboard path through the menu, the language switch
// and the 404 page. BW_URL is the stack's base URL (http://127.0.0.1:PORT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useBrowser } from './browser.mjs';
import { catalogue, langs } from './catalogue.mjs';

const menuHrefs = ['/nouveau', '/', '/dossier', '/attestations', '/demandes', '/annuler',
  '/contact', '/pieces'];
const menuKeys = ['nouveau', 'breakatwork', 'dossier', 'attestations', 'demandes', 'annuler',
  'contact', 'pieces'];
const msgs = Object.fromEntries(langs.map((l) => [l, catalogue(l)]));

const freshPage = useBrowser();

async function menuTexts(page) {
  return page.locator('nav.side-menu a').allTextContents();
}

test('the start page shows the seed introduction and the start button', async () => {
  const { context, page } = await freshPage();
  try {
    const res = await page.goto(`${base}/`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /^text\/html; charset=utf-8/i);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.title(), 'Demande en ligne – Break@work – ONEM');
    assert.equal(await page.locator('h1').count(), 1, 'one h1');
    assert.match(await page.locator('h1').innerText(), /Demande en ligne/);
    const main = await page.locator('main#main').innerText();
    assert.ok(main.includes("Vous pouvez introduire facilement et rapidement une demande " +
      "d'interruption de carrière via Break@work. Pour compléter et introduire correctement " +
      'votre demande, veuillez suivre les étapes ci-dessous.'), 'the seed introduction');
    for (const step of ['ÉTAPE 1', 'ÉTAPE 2', 'ÉTAPE 3', 'ÉTAPE 4'])
      assert.ok(main.includes(step), step);

    const button = page.getByRole('link', { name: 'Introduire une demande', exact: true });
    assert.equal(await button.count(), 1);
    assert.equal(await button.getAttribute('href'), '/auth/login?next=/demandes');
    assert.match(await button.getAttribute('class'), /\bbutton\b/);
    // The stylesheet came through nginx: the button is painted dark blue.
    assert.equal(await button.evaluate((el) => getComputedStyle(el).backgroundColor),
      'rgb(0, 62, 126)');

    assert.deepEqual(await menuTexts(page), menuKeys.map((k) => msgs.fr.get(`menu.${k}`)));
    assert.equal(await page.locator('nav.side-menu a[aria-current="page"]').getAttribute('href'), '/');
    assert.equal(await page.locator('form[action="/auth/logout"]').count(), 0,
      'no sign-out form for a visitor');
    const footer = page.locator('footer');
    assert.equal(await footer.getByRole('link', { name: 'Code source' }).count(), 1);
    assert.ok((await footer.innerText()).includes('Logiciel libre sous licence EUPL-1.2'));
  } finally {
    await context.close();
  }
});

test('the start page fits a 320 px wide screen without sideways scrolling', async () => {
  const { context, page } = await freshPage({ viewport: { width: 320, height: 640 } });
  try {
    await page.goto(`${base}/`);
    const { scroll, width } = await page.evaluate(() =>
      ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px viewport`);
    // Narrow screens put the menu above the content.
    const menu = await page.locator('nav.side-menu').boundingBox();
    const h1 = await page.locator('h1').boundingBox();
    assert.ok(menu.y + menu.height <= h1.y, 'menu above the heading');
  } finally {
    await context.close();
  }
});

test('Tab reaches the skip link first, then every menu link in order, each visibly focused', async () => {
  const { context, page } = await freshPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${base}/`);
    // Computed styles that draw focus (a page CSP forbids eval, so each evaluate spells them out).
    const idle = await page.locator('nav.side-menu a').evaluateAll((els) => els.map((el) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
        s.color].join('|');
    }));

    const seen = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body)
          return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          cls: el.getAttribute('class') || '',
          inMenu: !!el.closest('nav.side-menu'),
          style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
            s.color].join('|'),
          visible: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
            && r.left < window.innerWidth,
        };
      });
      if (f === null)
        break;
      seen.push(f);
    }
    assert.ok(seen.length > menuHrefs.length, 'Tab moved through the page');
    assert.match(seen[0].cls, /\bskip-link\b/, 'the skip link is the first stop');
    assert.equal(seen[0].href, '#main');
    assert.ok(seen[0].visible, 'the skip link shows when focused');

    const menuStops = seen.filter((f) => f.inMenu);
    assert.deepEqual(menuStops.map((f) => f.href), menuHrefs, 'menu links in the seed order');
    const first = seen.indexOf(menuStops[0]);
    assert.deepEqual(seen.slice(first, first + menuHrefs.length), menuStops,
      'the menu links follow each other');
    menuStops.forEach((f, i) => {
      assert.ok(f.visible, `${f.href} is on screen when focused`);
      assert.notEqual(f.style, idle[i], `${f.href} looks different when focused`);
      const [outline, width, color, shadow] = f.style.split('|');
      const ring = outline !== 'none' && parseFloat(width) >= 2 && !/rgba\(.*, 0\)$/.test(color);
      assert.ok(ring || shadow !== 'none', `${f.href} has a focus ring or underline bar`);
    });

    // The skip link takes focus to the main content.
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  } finally {
    await context.close();
  }
});

for (const lang of ['nl', 'de', 'en']) {
  test(`the language switch to ${lang} changes the page and is remembered`, async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(`${base}/`);
      const link = page.locator(`nav.lang-switch a[hreflang="${lang}"]`);
      assert.equal(await link.getAttribute('lang'), lang);
      assert.equal(await link.innerText(), msgs.fr.get(`lang.${lang}`));
      await Promise.all([page.waitForURL(`**/?lang=${lang}`), link.click()]);

      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.deepEqual(await menuTexts(page), menuKeys.map((k) => msgs[lang].get(`menu.${k}`)));
      assert.equal(await page.locator(`nav.lang-switch a[hreflang="${lang}"]`)
        .getAttribute('aria-current'), 'true');
      assert.equal(await page.locator('nav.lang-switch a[aria-current]').count(), 1);
      assert.ok((await page.locator('main').innerText()).includes(msgs[lang].get('start.intro')));

      // A later visit without ?lang= keeps the choice (cookie), despite a French browser.
      const cookies = await context.cookies(base);
      assert.equal(cookies.find((c) => c.name === 'lang')?.value, lang, 'lang cookie set');
      await page.goto(`${base}/`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.title(),
        `${msgs[lang].get('start.title')} – Break@work – ${msgs[lang].get('site.agency.short')}`);
      assert.deepEqual(await menuTexts(page), menuKeys.map((k) => msgs[lang].get(`menu.${k}`)));
    } finally {
      await context.close();
    }
  });
}

test('an unknown address shows the 404 page in the chosen language', async () => {
  const { context, page } = await freshPage();
  try {
    await page.goto(`${base}/?lang=de`);
    const res = await page.goto(`${base}/no-such-page-${Date.now()}`);
    assert.equal(res.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.locator('h1').innerText(), msgs.de.get('error.404.title'));
    assert.equal(await page.title(), `${msgs.de.get('error.404.title')} – Break@work – LfA`);
    const main = page.locator('main');
    assert.ok((await main.innerText()).includes(msgs.de.get('error.404.text')));
    assert.equal(await main.getByRole('link', { name: msgs.de.get('error.home') }).getAttribute('href'), '/');
    assert.equal(await page.locator('nav.side-menu a[aria-current]').count(), 0,
      'no menu item is current on an error page');
  } finally {
    await context.close();
  }
});

test('a French browser gets the 404 page in French by default', async () => {
  const { context, page } = await freshPage();
  try {
    const res = await page.goto(`${base}/no-such-page`);
    assert.equal(res.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.locator('h1').innerText(), 'Page introuvable');
  } finally {
    await context.close();
  }
});

test('the ONEM contact page lists the offices in a keyboard-scrollable table', async () => {
  const { context, page } = await freshPage();
  try {
    const res = await page.goto(`${base}/contact-onem`);
    assert.equal(res.status(), 200);
    assert.equal(await page.locator('h1').innerText(), msgs.fr.get('contact.title'));
    const region = page.getByRole('region', { name: msgs.fr.get('contact.offices') });
    assert.equal(await region.getAttribute('tabindex'), '0');
    const table = region.locator('table.data');
    assert.equal(await table.locator('caption').innerText(), msgs.fr.get('contact.offices'));
    assert.deepEqual(await table.locator('thead th[scope="col"]').allInnerTexts(),
      [msgs.fr.get('contact.office'), msgs.fr.get('contact.postcodes')]);
    const rows = table.locator('tbody tr');
    assert.ok(await rows.count() > 0, 'at least one office');
    for (const cell of await rows.locator('td').allInnerTexts())
      assert.match(cell, /^\d{4}(–\d{4})?(, \d{4}(–\d{4})?)*$/, 'postal code ranges');
  } finally {
    await context.close();
  }
});
