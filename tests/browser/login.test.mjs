// SPDX-License-Identifier: EUPL-1.2
// Login in headless Debian chromium through csam-dev's simulated keys (eID,
// itsme, eIDAS): a protected page sends to the key page, the person is
// chosen, the browser comes back to the page first asked for with the name
// and NISS in the header block; logout ends both sessions and the same page
// asks for a key again. BW_URL is the stack's base URL; csam-dev is on the
// next port (BW_IDP_URL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { base, useBrowser } from './browser.mjs';

const freshPage = useBrowser();
const idp = process.env.BW_IDP_URL
  || (base && base.replace(/:(\d+)$/, (m, p) => `:${Number(p) + 1}`));

// Simulated keys and the demo person used with each (conf/demo.ldif).
const cases = [
  { key: 'eid', uid: 'mdubois', name: 'Dubois', niss: '85.03.14-124.01' },
  { key: 'itsme', uid: 'lschmitz', name: 'Schmitz', niss: '02.07.21-086.83' },
  { key: 'eidas', uid: 'grossi', name: 'Rossi', niss: '90.46.15-032.81' },
];

for (const c of cases) {
  test(`login with the ${c.key} key lands on the page asked for and logout asks again`, async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(`${base}/accueil`);
      assert.ok(page.url().startsWith(idp), `sent to the provider, not ${page.url()}`);
      await page.locator(`a[href="/login/${c.key}"]`).click();
      await page.locator(`#p-${c.uid}`).check();
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.waitForURL(`${base}/accueil`);
      const person = page.locator('.person');
      assert.match(await person.textContent(), new RegExp(c.name));
      assert.match(await person.textContent(), new RegExp(c.niss.replace(/\./g, '\\.')));

      await page.locator('form.logout button').click();
      await page.waitForURL(`${base}/`);
      assert.equal(await page.locator('.person').count(), 0, 'no person after logout');
      await page.goto(`${base}/accueil`);
      assert.ok(page.url().startsWith(idp), 'asked to log in again after logout');
      assert.equal(await page.locator(`a[href="/login/${c.key}"]`).count(), 1,
        'the key page, not a silent login');
    } finally {
      await context.close();
    }
  });
}

test('a person with mandates chooses the role after login', async () => {
  const { context, page } = await freshPage();
  try {
    await page.goto(`${base}/accueil`);
    await page.locator('a[href="/login/eid"]').click();
    await page.locator('#p-jpeeters').check();
    await page.locator('form[method="post"] button[type="submit"]').click();
    await page.waitForURL(/\/auth\/role/);
    await page.locator('input[name="role"][value="worker"] ~ button').click();
    await page.waitForURL(`${base}/accueil`);
    assert.match(await page.locator('.person').textContent(), /78\.11\.02-357\.37/);
  } finally {
    await context.close();
  }
});

test('ONEM agents sign in with the directory password', async () => {
  const { context, page } = await freshPage();
  try {
    await page.goto(`${base}/onem/`);
    await page.locator('#uid').fill('aleroy');
    await page.locator('#password').fill('not-the-password');
    await page.locator('main form button[type="submit"]').click();
    assert.equal(await page.locator('.error-summary').count(), 1, 'a wrong password is reported');
    await page.locator('#password').fill('aleroy-demo');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(`${base}/onem/`);
    assert.match(await page.locator('main').textContent(), /BXL/);
  } finally {
    await context.close();
  }
});

// RFC 6238 code of a base32 secret, now.
function totp(secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/=+$/, '')) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const off = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(off) & 0x7fffffff) % 1000000).padStart(6, '0');
}

// The demo TOTP secret of `uid` in conf/demo.ldif.
function demoSecret(uid) {
  const ldif = readFileSync(new URL('../../conf/demo.ldif', import.meta.url), 'utf8');
  const entry = ldif.split(/\n\n/).find((e) => new RegExp(`^uid: ${uid}$`, 'm').test(e));
  return entry.match(/^bwTotpSecret: (\S+)$/m)[1];
}

// The 6-digit code of the newest message in the SMTP sink.
function newestMailCode() {
  const dir = join(process.env.BW_MAIL_DIR || join(process.env.BW_STACK_DIR, 'mail'), 'new');
  const files = readdirSync(dir).map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return readFileSync(files[0], 'utf8').match(/\b(\d{6})\b/)[1];
}

async function signInWithCode(page, key, uid, code) {
  await page.goto(`${base}/accueil`);
  await page.locator(`a[href="/login/${key}"]`).click();
  await page.locator('#uid').fill(uid);
  await page.locator('#password').fill(`${uid}-demo`);
  if (key === 'app') await page.locator('#code').fill(code());
  await page.locator('main form button[type="submit"]').click();
  if (key === 'mail') {
    await page.locator('#code').fill(code());
    await page.locator('main form button[type="submit"]').click();
  }
  await page.waitForURL(`${base}/accueil`);
}

test('login with a security code sent by e-mail', async () => {
  const { context, page } = await freshPage();
  try {
    await signInWithCode(page, 'mail', 'mdubois', newestMailCode);
    assert.match(await page.locator('.person').textContent(), /85\.03\.14-124\.01/);
  } finally {
    await context.close();
  }
});

test('login with a security code from a mobile app (TOTP)', async () => {
  const { context, page } = await freshPage();
  try {
    await signInWithCode(page, 'app', 'lschmitz', () => totp(demoSecret('lschmitz')));
    assert.match(await page.locator('.person').textContent(), /02\.07\.21-086\.83/);
  } finally {
    await context.close();
  }
});
