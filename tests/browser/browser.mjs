// SPDX-License-Identifier: EUPL-1.2
// What every browser test shares: the stack's base URL (BW_URL), Debian's
// chromium started headless without background networking (the machine
// has no network), and fresh French-speaking browser profiles.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const base = process.env.BW_URL;

// Registers the before/after hooks of a test file; returns a getter for
// the browser they start.
export function useBrowser() {
  let browser;
  before(async () => {
    assert.ok(base, 'BW_URL must name the stack under test, e.g. http://127.0.0.1:8080');
    browser = await chromium.launch({
      executablePath: process.env.BW_CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  after(async () => {
    await browser?.close();
  });
  // A fresh browser profile (no cookies) whose Accept-Language is French.
  return async function freshPage(options = {}) {
    const context = await browser.newContext({ locale: 'fr-BE', ...options });
    return { context, page: await context.newPage() };
  };
}

// Sign in through one of csam-dev's simulated keys (eid, itsme, eidas) as
// `uid`, starting at `path`.
export async function signIn(page, uid, path, key = 'eid') {
  await page.goto(`${base}${path}`);
  await page.locator(`a[href="/login/${key}"]`).click();
  await page.locator(`#p-${uid}`).check();
  await page.locator('form[method="post"] button[type="submit"]').click();
}

// As jpeeters for the enterprise 0412.345.614, file the employer's part of
// a request (`fields`: worker_niss, type, regime, start, end, concerned_niss);
// returns its ticket, the page showing the employer's view of it.
export async function employerFiles(page, fields) {
  await signIn(page, 'jpeeters', '/employeur/demandes/nouvelle');
  await page.waitForURL(/\/auth\/role/);
  await page.locator('form:has(input[name="bce"][value="0412345614"]) button').click();
  await page.waitForURL(/\/employeur\/demandes\/nouvelle/);
  await page.locator('[name="worker_niss"]').fill(fields.worker_niss);
  await page.locator(`[name="type"][value="${fields.type}"]`).check();
  await page.locator(`[name="regime"][value="${fields.regime}"]`).check();
  await page.locator('[name="start"]').fill(fields.start);
  await page.locator('[name="end"]').fill(fields.end);
  await page.locator('[name="allowances"][value="1"]').check();
  await page.locator('[name="concerned_niss"]').fill(fields.concerned_niss);
  await page.locator('[name="work_percent"]').fill('100');
  await page.locator('[name="headcount"]').fill('25');
  await page.locator('main form[method="post"] button[type="submit"]').click();
  await page.waitForURL(/\/employeur\/demandes\/\d{12}$/);
  return page.url().match(/(\d{12})$/)[1];
}
