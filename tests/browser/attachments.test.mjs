// SPDX-License-Identifier: EUPL-1.2
// "Pièces jointes" in headless chromium: the employer files a medical
// assistance request for Lena Schmitz; she completes and confirms it and
// is told it is not complete; on the attachment page she adds a PDF and a
// JPEG, sees them listed, opens one, deletes one after the confirmation,
// sees "Envoi de la demande" only once the medical certificate is there,
// sends, and finds the request gone from the list and sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base, employerFiles, signIn, useBrowser } from './browser.mjs';

const freshPage = useBrowser();

// A small but well-formed PDF and JPEG, judged by their content.
const dir = mkdtempSync(join(tmpdir(), 'bw-attach-'));
const pdf = join(dir, 'certificat.pdf');
const jpg = join(dir, 'photo.jpg');
writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
writeFileSync(jpg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1,
  1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]));

test('the worker adds, views and deletes documents, then sends the request', async () => {
  const { context, page } = await freshPage({ acceptDownloads: true });
  try {
    const ticket = await employerFiles(page, {
      worker_niss: '02.07.21-086.83', type: 'medical', regime: '1/1',
      start: '01/03/2029', end: '31/03/2029', concerned_niss: '60010100568',
    });
    await page.locator('form.logout button').click();

    await signIn(page, 'lschmitz', `/demandes/${ticket}/travailleur`);
    await page.waitForURL(new RegExp(`/demandes/${ticket}/travailleur$`));
    await page.locator('[name="career_years"]').fill('4');
    await page.locator('[name="family_situation"][value="isolated"]').check();
    await page.locator('[name="payment"][value="cheque"]').check();
    await page.locator('[name="secondary_activity"][value="0"]').check();
    await page.locator('[name="postcode"]').fill('4700');
    await page.locator('main form[method="post"] button[type="submit"]').click();
    await page.waitForURL(new RegExp(`/demandes/${ticket}/apercu$`));
    await page.locator('[name="certify"]').check();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.waitForURL(new RegExp(`/demandes/${ticket}/accuse$`));
    assert.match(await page.locator('main').textContent(), /La demande n'est pas encore complète\./);

    // The seed's way in: the menu, the list, the radio, "Suivant".
    await page.getByRole('link', { name: 'Pièces jointes' }).click();
    await page.waitForURL(`${base}/pieces`);
    assert.match(await page.locator('main').textContent(),
      /Les demandes dans la liste n'ont pas encore été envoyées à l'ONEM pour traitement\./);
    await page.locator(`input[type="radio"][value="${ticket}"]`).check();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.waitForURL(`${base}/pieces/${ticket}`);
    const main = page.locator('main');
    assert.match(await main.textContent(), /Documents obligatoires/);
    assert.equal(await page.locator(`form[action="/pieces/${ticket}/envoi"]`).count(), 0,
      'no Envoi de la demande without the medical certificate');

    // An optional JPEG first: still not complete.
    await page.locator('input[name="file-other"]').setInputFiles(jpg);
    await page.getByRole('button', { name: 'Appliquer les changements' }).click();
    assert.match(await main.textContent(), /Les pièces suivantes ont été ajoutées au formulaire de demande\./);
    assert.match(await main.textContent(), /photo\.jpg/);
    assert.equal(await page.locator(`form[action="/pieces/${ticket}/envoi"]`).count(), 0);

    // The certificate as a PDF: complete.
    await page.locator('input[name="file-medical-certificate"]').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Appliquer les changements' }).click();
    assert.match(await main.textContent(), /certificat\.pdf/);
    assert.equal(await page.locator(`form[action="/pieces/${ticket}/envoi"]`).count(), 1,
      'Envoi de la demande appears once the mandatory document is there');

    // View one: the same bytes come back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href*="/document/"]').first().click(),
    ]);
    assert.ok(await download.path(), 'a document opens as a download');

    // Delete the JPEG, after the confirmation.
    await page.locator('tr', { hasText: 'photo.jpg' }).locator('input[name="delete"]').check();
    await page.getByRole('button', { name: 'Appliquer les changements' }).click();
    await page.locator('main form[method="post"] button[type="submit"]').click();
    await page.waitForURL(`${base}/pieces/${ticket}`);
    assert.doesNotMatch(await main.textContent(), /photo\.jpg/, 'the JPEG is gone');
    assert.match(await main.textContent(), /certificat\.pdf/, 'the PDF stays');

    await page.getByRole('button', { name: 'Envoi de la demande' }).click();
    await page.waitForURL(new RegExp(`/demandes/${ticket}/accuse$`));
    await page.goto(`${base}/pieces`);
    assert.equal(await page.locator(`input[value="${ticket}"]`).count(), 0,
      'the request left the Pièces jointes list');
  } finally {
    await context.close();
  }
});
