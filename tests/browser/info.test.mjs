// SPDX-License-Identifier: EUPL-1.2
// The footer and first-visit pages in headless Debian chromium, through nginx
// and the pool: "Nouveau citoyen", the accessibility statement, cookies and
// privacy. BW_URL is the stack's base URL (http://127.0.0.1:PORT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, useBrowser } from './browser.mjs';
import { catalogue, langs } from './catalogue.mjs';

const msgs = Object.fromEntries(langs.map((l) => [l, catalogue(l)]));
// Footer link → page title key.
const footerPages = [
  ['/accessibilite', 'footer.accessibility', 'a11y.title'],
  ['/cookies', 'footer.cookies', 'cookies.title'],
  ['/vie-privee', 'footer.privacy', 'privacy.title'],
];
const allPages = [['/nouveau', 'newcitizen.title'],
  ...footerPages.map(([path, , title]) => [path, title])];
// The cookies the pool sets (fcgi/session.c, fcgi/auth/login_state.h,
// fcgi/req.h, fcgi/worker.c), spelled out here so that a cookie renamed in
// the C code or in the catalogues fails this test.
const cookieNames = ['bw_session', 'bw_login', 'bw_csrf', 'lang'];

const freshPage = useBrowser();

async function oneH1(page) {
  assert.equal(await page.locator('h1').count(), 1, `one h1 on ${page.url()}`);
  return page.locator('h1').textContent();
}

for (const lang of ['fr', 'nl']) {
  test(`each footer link leads to its page with one h1 (${lang})`, async () => {
    const { context, page } = await freshPage();
    const m = msgs[lang];
    try {
      await page.goto(`${base}/?lang=${lang}`);
      for (const [path, linkKey, titleKey] of footerPages) {
        await page.goto(`${base}/`);
        const link = page.locator('footer').getByRole('link', { name: m.get(linkKey), exact: true });
        assert.equal(await link.count(), 1, `footer link ${m.get(linkKey)}`);
        assert.equal(await link.getAttribute('href'), path);
        const [res] = await Promise.all([page.waitForNavigation(), link.click()]);
        assert.equal(res.status(), 200, path);
        assert.equal(new URL(page.url()).pathname, path);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await oneH1(page), m.get(titleKey));
        assert.equal(await page.title(),
          `${m.get(titleKey)} – Break@work – ${m.get('site.agency.short')}`);
        assert.equal(await page.locator('nav.side-menu a[aria-current]').count(), 0,
          `${path} marks no menu item`);
      }

      // "Nouveau citoyen" is the first item of the left menu.
      await page.goto(`${base}/`);
      const item = page.locator('nav.side-menu').getByRole('link', { name: m.get('menu.nouveau'), exact: true });
      const [res] = await Promise.all([page.waitForNavigation(), item.click()]);
      assert.equal(res.status(), 200);
      assert.equal(new URL(page.url()).pathname, '/nouveau');
      assert.equal(await oneH1(page), m.get('newcitizen.title'));
      assert.equal(await page.locator('nav.side-menu a[aria-current="page"]').getAttribute('href'),
        '/nouveau');
    } finally {
      await context.close();
    }
  });
}

test('every info page renders in the four languages, without script or inline style', async () => {
  const { context, page } = await freshPage();
  try {
    for (const lang of langs)
      for (const [path, titleKey] of allPages) {
        const res = await page.goto(`${base}${path}?lang=${lang}`);
        assert.equal(res.status(), 200, `${path} ${lang}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await oneH1(page), msgs[lang].get(titleKey), `${path} ${lang}`);
        assert.ok(await page.locator('main h2').count() >= 1, `${path} ${lang} has sections`);
        assert.equal(await page.locator('script, style, [style]').count(), 0,
          `${path} ${lang}: no script, no inline style`);
      }
  } finally {
    await context.close();
  }
});

test('the cookies page lists each cookie the service sets, and nothing else', async () => {
  const { context, page } = await freshPage();
  try {
    for (const lang of ['fr', 'nl']) {
      const m = msgs[lang];
      await page.goto(`${base}/cookies?lang=${lang}`);
      const region = page.getByRole('region', { name: m.get('cookies.table') });
      assert.equal(await region.getAttribute('tabindex'), '0');
      const table = region.locator('table');
      assert.equal(await table.locator('caption').textContent(), m.get('cookies.table'));
      assert.deepEqual(await table.locator('thead th[scope="col"]').allTextContents(),
        [m.get('cookies.col.name'), m.get('cookies.col.purpose'), m.get('cookies.col.duration')]);
      assert.deepEqual(await table.locator('tbody th[scope="row"]').allTextContents(), cookieNames);
      assert.ok((await table.innerText()).includes('__Host-bw_session'), 'the HTTPS name is given');
    }
    // The French column headings are the brief's.
    await page.goto(`${base}/cookies?lang=fr`);
    assert.deepEqual(await page.locator('thead th').allTextContents(), ['Nom', 'Finalité', 'Durée']);
    // What the browser holds after these visits is listed on the page.
    for (const c of await context.cookies(base))
      assert.ok(cookieNames.includes(c.name.replace(/^__Host-/, '')), `cookie ${c.name} is listed`);
    assert.ok((await context.cookies(base)).some((c) => c.name === 'lang'), 'the lang cookie was set');
  } finally {
    await context.close();
  }
});

test('the accessibility statement has the required sections and names the enforcement body', async () => {
  const { context, page } = await freshPage();
  try {
    for (const lang of ['fr', 'nl']) {
      const m = msgs[lang];
      await page.goto(`${base}/accessibilite?lang=${lang}`);
      const headings = await page.locator('main h2').allTextContents();
      for (const key of ['a11y.status.title', 'a11y.gaps.title', 'a11y.prep.title',
        'a11y.feedback.title', 'a11y.enforcement.title'])
        assert.ok(headings.includes(m.get(key)), `${lang}: section ${m.get(key)}`);
      const main = await page.locator('main').innerText();
      assert.ok(main.includes(m.get('a11y.enforcement.body')), `${lang}: the enforcement body`);
      assert.ok(main.includes('28/11/2026'), `${lang}: the date of the statement`);
      assert.ok(main.includes('WCAG 2.1') || main.includes('(WCAG) 2.1'), `${lang}: the standard`);
      assert.equal(await page.locator('main a[href="/contact-onem"]').count(), 1,
        `${lang}: the feedback contact`);
      assert.equal(await page.locator(`main a[href="${m.get('a11y.enforcement.url')}"]`).count(), 1);
      assert.equal(await page.locator(`main a[href="mailto:${m.get('a11y.enforcement.email')}"]`).count(), 1);
    }
    await page.goto(`${base}/accessibilite?lang=fr`);
    const main = await page.locator('main').innerText();
    assert.ok(main.includes('Médiateur fédéral'));
    assert.ok(main.includes('partiellement conforme'));
  } finally {
    await context.close();
  }
});

test('"Nouveau citoyen" has the start button to the login and the other ways to get help', async () => {
  const { context, page } = await freshPage();
  try {
    await page.goto(`${base}/nouveau?lang=fr`);
    const button = page.locator('main').getByRole('link', { name: 'Introduire une demande', exact: true });
    assert.equal(await button.count(), 1);
    assert.equal(await button.getAttribute('href'), '/auth/login?next=/demandes');
    assert.match(await button.getAttribute('class'), /\bbutton\b/);
    const main = await page.locator('main').innerText();
    assert.ok(main.includes('30 minutes'), 'the inactivity limit');
    assert.match(main, /02\s515\s44\s44/, 'the ONEM phone number');
    assert.ok(/itsme/.test(main) && /eIDAS/.test(main), 'the digital keys');
    assert.equal(await page.locator('main a[href="/contact-onem"]').count(), 1, 'the ONEM offices');
  } finally {
    await context.close();
  }
});

test('the privacy page names the controller, the rights and the supervisory authority', async () => {
  const { context, page } = await freshPage();
  try {
    await page.goto(`${base}/vie-privee?lang=nl`);
    const main = await page.locator('main').innerText();
    for (const key of ['privacy.controller.address', 'privacy.apd.body', 'privacy.retention.text',
      'privacy.purpose.noads'])
      assert.ok(main.includes(msgs.nl.get(key)), key);
    assert.ok(main.includes('Keizerslaan 7'));
    assert.equal(await page.locator('main a[href="/contact-onem"]').count(), 1, 'the DPO contact');
    assert.equal(await page.locator('main a[href="/cookies"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('the info pages fit a 320 px wide screen without sideways scrolling', async () => {
  const { context, page } = await freshPage({ viewport: { width: 320, height: 640 } });
  try {
    for (const lang of langs)
      for (const [path] of allPages) {
        await page.goto(`${base}${path}?lang=${lang}`);
        const { scroll, width } = await page.evaluate(() =>
          ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
        assert.ok(scroll <= width, `${path} ${lang} is ${scroll}px wide in a ${width}px viewport`);
        // The heading wraps only between words or at a soft hyphen, never
        // inside a word (a long Dutch or German compound).
        const cut = await page.locator('h1').evaluate((el) => {
          const text = el.firstChild;
          const range = document.createRange();
          let top = null;
          for (let i = 0; i < text.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rects = range.getClientRects();
            const r = rects[rects.length - 1];
            if (!r || r.width === 0)
              continue;
            if (top !== null && r.top > top + r.height / 2) {
              const before = text.data.slice(0, i).replace(/\u00ad$/, '-');
              if (!/[\s-]$/.test(before) && text.data[i] !== ' ')
                return `${before}|${text.data.slice(i)}`;
            }
            top = r.top;
          }
          return null;
        });
        assert.equal(cut, null, `${path} ${lang}: the h1 breaks inside a word`);
      }
  } finally {
    await context.close();
  }
});
