// SPDX-License-Identifier: EUPL-1.2
// Every kind of page checked by axe-core against WCAG 2.1 A and AA, as
// each role sees it: the public pages, the worker's menu, the employer's
// pages, the ONEM office's, and forms showing their errors. axe runs
// through the DevTools protocol (page.evaluate), so the site's CSP stays on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { base, signIn, useBrowser } from './browser.mjs';

const freshPage = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The violations on the page now, one line each.
async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) =>
    `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function check(page, path) {
  if (path !== null)
    await page.goto(`${base}${path}`);
  assert.deepEqual(await violations(page), [], `${page.url()} has no WCAG 2.1 AA violation`);
}

test('public pages', async () => {
  const { context, page } = await freshPage();
  try {
    for (const path of ['/', '/nouveau', '/accessibilite', '/cookies', '/vie-privee',
      '/contact-onem', '/verification', '/verification?code=1234', '/page-qui-n-existe-pas',
      '/onem/login'])
      await check(page, path);
  } finally {
    await context.close();
  }
});

test("the worker's pages", async () => {
  const { context, page } = await freshPage();
  try {
    await signIn(page, 'mdubois', '/accueil');
    await page.waitForURL(`${base}/accueil`);
    for (const path of ['/accueil', '/dossier', '/attestations', '/droits', '/paiements',
      '/contact', '/demandes', '/pieces', '/annuler'])
      await check(page, path);
    await page.goto(`${base}/attestations`);
    await page.getByRole('button', { name: "Demander l'attestation" }).click();
    await check(page, null);
    await page.getByLabel('Attestation de droits restants').check();
    await page.getByRole('button', { name: "Demander l'attestation" }).click();
    await page.waitForURL(/\/attestations\/[0-9A-Z]{16}/);
    await check(page, null);
    await page.goto(`${base}/contact`);
    await page.getByLabel('Adresse e-mail').fill('not-an-address');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await check(page, null);
  } finally {
    await context.close();
  }
});

test("the employer's and the ONEM office's pages", async () => {
  const { context, page } = await freshPage();
  try {
    await signIn(page, 'jpeeters', '/employeur');
    await page.waitForURL(/\/auth\/role/);
    await check(page, null);
    await page.locator('form:has(input[name="bce"][value="0412345614"]) button').click();
    await page.waitForURL(`${base}/employeur`);
    await check(page, null);
    await check(page, '/employeur/demandes/nouvelle');
    await page.locator('main form[method="post"] button[type="submit"]').click();
    await check(page, null);
  } finally {
    await context.close();
  }
  const agent = await freshPage();
  try {
    await agent.page.goto(`${base}/onem/login`);
    await agent.page.locator('#uid').fill('aleroy');
    await agent.page.locator('#password').fill('aleroy-demo');
    await agent.page.locator('main form button[type="submit"]').click();
    await agent.page.waitForURL(`${base}/onem/`);
    await check(agent.page, null);
    await check(agent.page, '/onem/?q=12345');
  } finally {
    await agent.context.close();
  }
});
