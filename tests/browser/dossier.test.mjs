// SPDX-License-Identifier: EUPL-1.2
// "Mon dossier", "Annuler" and "Données de contact" in headless chromium:
// the employer files a parental leave for Giulia Rossi; she finds it in
// the Introductions table with the seed's ten columns, opens it, cancels
// it after the confirmation, sees it move to the Demandes table as
// cancelled, and changes her e-mail address, which the header shows at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, employerFiles, signIn, useBrowser } from './browser.mjs';

const freshPage = useBrowser();

const columns = ['N° BCE', 'Nom de société', 'Numéro de ticket', "Type d'interruption", 'Régime',
  'Début', 'Fin', 'Réception', 'Statut', "Bureau de l'ONEM"];

test('the worker follows, cancels a request and changes her e-mail', async () => {
  const { context, page } = await freshPage();
  try {
    const ticket = await employerFiles(page, {
      worker_niss: '90.46.15-032.81', type: 'parental', regime: '1/1',
      start: '01/06/2029', end: '30/06/2029', concerned_niss: '22010102159',
    });
    await page.locator('form.logout button').click();

    await signIn(page, 'grossi', '/dossier', 'eidas');
    await page.waitForURL(`${base}/dossier`);
    const intro = page.getByRole('table').first();
    const headers = await intro.getByRole('columnheader').allTextContents();
    assert.deepEqual(headers.map((h) => h.trim()), columns, "the seed's ten columns");
    const row = intro.getByRole('row').filter({ hasText: ticket.slice(0, 4) });
    assert.match(await row.textContent(), /Partiel/);
    assert.match(await row.textContent(), /0412\.345\.614/);

    await row.getByRole('link').first().click();
    await page.waitForURL(`${base}/dossier/${ticket}`);
    assert.match(await page.locator('main').textContent(), /La demande concerne un congé parental/);

    await page.getByRole('link', { name: 'Annuler', exact: true }).click();
    await page.waitForURL(`${base}/annuler`);
    await page.locator(`input[type="radio"][value="${ticket}"]`).check();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.waitForURL(`${base}/annuler/${ticket}`);
    await page.locator('main form[method="post"] button[type="submit"]').click();
    await page.waitForURL(/\/annuler\?annulee=/);
    assert.equal(await page.locator('.panel-success').count(), 1, 'the cancellation is confirmed');

    await page.goto(`${base}/dossier`);
    const sent = page.getByRole('table').nth(1);
    assert.match(await sent.getByRole('row').filter({ hasText: ticket.slice(0, 4) }).textContent(),
      /Annulée/, 'the cancelled request is in the second table');

    await page.getByRole('link', { name: 'Données de contact' }).first().click();
    await page.waitForURL(`${base}/contact`);
    await page.getByLabel('Adresse e-mail').fill('giulia@example');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    assert.equal(await page.locator('.error-summary').count(), 1, 'an incomplete address is refused');
    await page.getByLabel('Adresse e-mail').fill('giulia.rossi@example.it');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/contact\?enregistre=1/);
    assert.match(await page.locator('.person').textContent(), /giulia\.rossi@example\.it/,
      'the header block shows the new address');
  } finally {
    await context.close();
  }
});
