// SPDX-License-Identifier: EUPL-1.2
// "Attestations" in headless chromium: Jan Peeters (demo data: a time
// credit granted from 01/02/2026 to 31/07/2026) signs in as a worker, reads
// his remaining rights (6 of 51 months of time credit used), asks
// for the attestation of his periods in 2026 — first with the dates the
// wrong way round — downloads the PDF, reads its verification code in it,
// signs out, and checks that code on the public page, which shows his
// initials and the period but not his name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { base, signIn, useBrowser } from './browser.mjs';

const freshPage = useBrowser();

test('a worker downloads an attestation and anyone checks its code', async () => {
  const { context, page } = await freshPage({ acceptDownloads: true });
  try {
    await signIn(page, 'jpeeters', '/attestations');
    await page.waitForURL(/\/auth\/role/);
    await page.locator('form:has(input[name="role"][value="worker"]) button').click();
    await page.waitForURL(`${base}/attestations`);

    // His remaining rights first: 6 of the 51 months of time credit are used.
    await page.goto(`${base}/droits`);
    const credit = page.getByRole('row').filter({ hasText: /^Crédit-temps avec motif/ })
      .filter({ hasNotText: '(' });
    assert.match(await credit.textContent(), /6 mois.*45 mois.*51 mois/s,
      'the rights page counts the granted time credit');
    await page.goto(`${base}/attestations`);

    await page.getByLabel("Attestation des périodes d'interruption").check();
    await page.getByLabel('Du', { exact: true }).fill('31/12/2026');
    await page.getByLabel('Au', { exact: true }).fill('01/01/2026');
    await page.getByRole('button', { name: "Demander l'attestation" }).click();
    const summary = page.locator('.error-summary');
    assert.equal(await summary.count(), 1, 'dates the wrong way round are refused');
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'end',
      'the summary leads to the field');

    await page.getByLabel('Du', { exact: true }).fill('01/01/2026');
    await page.getByLabel('Au', { exact: true }).fill('31/12/2026');
    await page.getByRole('button', { name: "Demander l'attestation" }).click();
    await page.waitForURL(/\/attestations\/[0-9A-Z]{16}\?nouvelle=1$/);
    assert.match(await page.locator('.panel-success').textContent(), /prête/);
    const shown = (await page.locator('dd.reference-large').textContent()).trim();
    assert.match(shown, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'the code in groups');
    const period = page.getByRole('row').filter({ hasText: '01/02/2026' });
    assert.match(await period.textContent(), /Crédit-temps avec motif.*31\/07\/2026/s);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Télécharger l'attestation/ }).click(),
    ]);
    const file = await download.path();
    assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-', 'a PDF is downloaded');
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    assert.match(text, /Jan Peeters/, 'the PDF names the worker');
    assert.match(text, /du 01\/02\/2026 au 31\/07\/2026/, 'and the period');
    const code = text.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
    assert.equal(code, shown, 'the PDF carries the code shown on the page');

    await page.locator('form.logout button').click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: 'Vérifier une attestation' }).click();
    await page.getByLabel('Code de vérification').fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL(/\/verification\?code=/);
    const main = await page.locator('main').textContent();
    assert.match(main, /Attestation authentique/, 'the code is recognised');
    assert.match(main, /J\. P\./, "with the holder's initials");
    assert.match(main, /01\/02\/2026/, 'and the period');
    assert.doesNotMatch(main, /Peeters|78\.11\.02/, 'but not the name or NISS');

    await page.getByLabel('Code de vérification').fill(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    assert.equal(await page.locator('.error-summary').count(), 1, 'a mistyped code is refused');
  } finally {
    await context.close();
  }
});
