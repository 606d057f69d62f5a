// SPDX-License-Identifier: EUPL-1.2
// The request journey in headless chromium, as two people do it: the
// employer (jpeeters, for the enterprise 0412.345.614) signs in with the
// eID key, starts a parental leave for Marie Dubois and reads the ticket;
// Marie signs in, finds it in "Compléter une demande", gives her data,
// reads the seed's sentences in the preview, confirms, gets the
// "Accusé de réception" with the same ticket and downloads its PDF; the
// Brussels office takes it in hand and grants it; Marie reads the decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { base, employerFiles, signIn, useBrowser } from './browser.mjs';

const freshPage = useBrowser();

// February 2029 for a child no other test uses, so the rights are all there.
const child = '17020300217';

test('the employer starts a request and the worker completes, confirms and gets the receipt', async () => {
  let ticket;
  {
    const { context, page } = await freshPage();
    try {
      ticket = await employerFiles(page, {
        worker_niss: '85.03.14-124.01', type: 'parental', regime: '1/1',
        start: '01/02/2029', end: '28/02/2029', concerned_niss: child,
      });
      const shown = `${ticket.slice(0, 4)}-${ticket.slice(4, 8)}-${ticket.slice(8)}`;
      assert.match(await page.locator('main').textContent(), new RegExp(shown),
        'the employer reads the ticket');
      assert.match(await page.locator('main').textContent(), /\d{8}-\d{8}/,
        'and the communication number');
      await page.locator('form.logout button').click();
    } finally {
      await context.close();
    }
  }

  const { context, page } = await freshPage({ acceptDownloads: true });
  try {
    await signIn(page, 'mdubois', '/demandes');
    await page.waitForURL(`${base}/demandes`);
    const row = page.locator('tr', { has: page.locator(`input[value="${ticket}"]`) });
    assert.match(await row.textContent(), /Partiel/);
    assert.match(await row.textContent(), /01\/02\/2029 - 28\/02\/2029/);
    await row.locator('input[type="radio"]').check();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.waitForURL(new RegExp(`/demandes/${ticket}/travailleur$`));

    // An IBAN with a wrong check digit is refused next to its field, values kept.
    await page.locator('[name="career_years"]').fill('25');
    await page.locator('[name="family_situation"][value="cohabitant"]').check();
    await page.locator('[name="payment"][value="account"]').check();
    await page.locator('[name="iban"]').fill('BE68 5390 0754 7035');
    await page.locator('[name="secondary_activity"][value="0"]').check();
    await page.locator('[name="postcode"]').fill('1000');
    await page.locator('main form[method="post"] button[type="submit"]').click();
    assert.equal(await page.locator('.error-summary').count(), 1, 'the error is summarised');
    assert.equal(await page.locator('[name="career_years"]').inputValue(), '25', 'values kept');
    await page.locator('[name="iban"]').fill('BE68 5390 0754 7034');
    await page.locator('main form[method="post"] button[type="submit"]').click();
    await page.waitForURL(new RegExp(`/demandes/${ticket}/apercu$`));

    const main = page.locator('main');
    assert.match(await main.textContent(), /Toute déclaration incorrecte peut entraîner des poursuites\./);
    assert.match(await main.textContent(),
      /La demande concerne un congé parental, interruption complète des prestations, du 01\/02\/2029 au 28\/02\/2029\./);
    assert.match(await main.textContent(),
      /Vous avez une carrière professionnelle de 25 ans comme travailleur salarié\./);
    assert.match(await main.textContent(), /Vous êtes cohabitant\./);
    assert.match(await main.textContent(), /J'accepte que ma fiche fiscale soit mise à disposition sous forme électronique\./);

    // Confirmer without the certification: refused, nothing sent.
    await page.getByRole('button', { name: 'Confirmer' }).click();
    assert.equal(await page.locator('.error-summary').count(), 1, 'the certification is required');
    await page.locator('[name="certify"]').check();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.waitForURL(new RegExp(`/demandes/${ticket}/accuse$`));

    const shown = `${ticket.slice(0, 4)}-${ticket.slice(4, 8)}-${ticket.slice(8)}`;
    const receipt = await main.textContent();
    assert.match(receipt, /Accusé de réception/);
    assert.match(receipt, /Informations concernant l'employeur/);
    assert.match(receipt, /Boulangerie Peeters SRL/);
    assert.match(receipt, new RegExp(shown));
    assert.match(receipt, /Numéro unique de la communication encodée par votre employeur/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`a[href="/demandes/${ticket}/accuse.pdf"]`).click(),
    ]);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', 'the download is a PDF');

    // The request left the list of requests to complete.
    await page.goto(`${base}/demandes`);
    assert.equal(await page.locator(`input[value="${ticket}"]`).count(), 0);
  } finally {
    await context.close();
  }

  // The Brussels office (postal code 1000) takes it in hand and grants it.
  {
    const { context, page } = await freshPage();
    try {
      await page.goto(`${base}/onem/`);
      await page.locator('#uid').fill('aleroy');
      await page.locator('#password').fill('aleroy-demo');
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL(`${base}/onem/`);
      await page.locator(`a[href="/onem/demandes/${ticket}"]`).click();
      await page.getByRole('button', { name: 'Prendre en charge' }).click();
      await page.waitForURL(`${base}/onem/demandes/${ticket}`);
      assert.match(await page.locator('main dl').first().textContent(), /En traitement/);
      await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
      assert.equal(await page.locator('.error-summary').count(), 1, 'a decision must be chosen');
      await page.getByLabel("Accorder les allocations d'interruption").check();
      await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
      assert.match(await page.locator('main .notice-box').first().textContent(),
        /ne pourra plus être modifiée/, 'the decision is shown for confirmation');
      await page.getByRole('button', { name: 'Confirmer la décision' }).click();
      await page.waitForURL(/\?decidee=1$/);
      assert.match(await page.locator('.panel-success').textContent(), /décision est enregistrée/);
    } finally {
      await context.close();
    }
  }

  // Marie reads the decision in Mon dossier and downloads it.
  {
    const { context, page } = await freshPage({ acceptDownloads: true });
    try {
      await signIn(page, 'mdubois', `/dossier/${ticket}`);
      await page.waitForURL(`${base}/dossier/${ticket}`);
      const main = await page.locator('main').textContent();
      assert.match(main, /Accordée/, 'the request is granted');
      assert.match(main, /allocations d'interruption accordées/, 'the decision is summarised');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`a[href="/dossier/${ticket}/decision.pdf"]`).click(),
      ]);
      const bytes = readFileSync(await download.path());
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', 'the decision is a PDF');
    } finally {
      await context.close();
    }
  }
});
