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
