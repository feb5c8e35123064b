// End-to-end test of the end-user portal against a running Tessera stack
// (WildFly serving /t/{slug}/ and /api, one Keycloak realm per tenant).
//
//   TESSERA_BASE_URL=http://localhost:18080 \
//   E2E_ACME_USER=... E2E_ACME_PASSWORD=... E2E_GLOBEX_USER=... E2E_GLOBEX_PASSWORD=... \
//   node --test portal-web/e2e/portal.e2e.mjs
//
// Browser: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) driven by playwright-core.
// Screenshots of every step (and of a failing one) go to portal-web/target/e2e/.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REQUIRED_ENV = ['TESSERA_BASE_URL', 'E2E_ACME_USER', 'E2E_ACME_PASSWORD', 'E2E_GLOBEX_USER', 'E2E_GLOBEX_PASSWORD'];
const SCREENSHOT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));
const STEP_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 240_000;

const env = process.env;
const baseUrl = (env.TESSERA_BASE_URL ?? '').replace(/\/+$/, '');
const tenants = {
  acme: { slug: env.E2E_ACME_TENANT || 'acme', user: env.E2E_ACME_USER, password: env.E2E_ACME_PASSWORD },
  globex: { slug: env.E2E_GLOBEX_TENANT || 'globex', user: env.E2E_GLOBEX_USER, password: env.E2E_GLOBEX_PASSWORD },
};

let browser;
let screenshotCounter = 0;

before(async () => {
  const missing = REQUIRED_ENV.filter((name) => !env[name]);
  assert.deepEqual(missing, [], `set these environment variables to run the portal e2e test: ${missing.join(', ')}`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
});

/** A fresh browser profile (own cookies and localStorage), English by default. */
async function openPage(t) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => t.diagnostic(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      t.diagnostic(`console error: ${message.text()}`);
    }
  });
  return { context, page };
}

async function screenshot(page, name) {
  screenshotCounter += 1;
  const file = `${SCREENSHOT_DIR}${String(screenshotCounter).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}

/** Runs one step; screenshots the page when it ends, with a FAILED name when it throws. */
async function step(t, page, name, action) {
  try {
    const result = await action();
    await screenshot(page, name);
    return result;
  } catch (error) {
    const file = await screenshot(page, `${name}-FAILED`);
    t.diagnostic(`step "${name}" failed at ${page.url()}; screenshot ${file}`);
    if (error instanceof Error) {
      error.message = `[step ${name}] ${error.message}`;
    }
    throw error;
  }
}

/**
 * Resolves with the name of the first outcome that happens (each a promise-returning function);
 * the others are left to time out quietly.
 */
async function firstOf(outcomes) {
  let timer;
  const racers = Object.entries(outcomes).map(([name, wait]) => wait().then(() => name, () => new Promise(() => {})));
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STEP_TIMEOUT_MS + 1_000);
  });
  try {
    return await Promise.race([...racers, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Keycloak's error texts: a rejected login (#input-error) and its error page (#kc-error-message,
// e.g. "Invalid parameter: redirect_uri" when the client is misconfigured).
const KEYCLOAK_ERROR = '#input-error, #kc-error-message';

/** Opens the tenant's portal, checks it sends us to that tenant's realm, and signs in there. */
async function signIn(t, page, tenant) {
  await step(t, page, `${tenant.slug}-login-page`, async () => {
    await page.goto(`${baseUrl}/t/${tenant.slug}/`);
    const shown = await firstOf({
      login: () => page.locator('#username').waitFor(),
      keycloakError: () => page.locator('#kc-error-message').waitFor(),
      portalError: () => page.locator('[data-testid="tenant-not-found"], [data-testid="tenant-suspended"], [data-testid="tenant-unavailable"], [data-testid="sign-in-failed"]').first().waitFor(),
    });
    if (shown !== 'login') {
      const text = await page.locator(`#kc-error-message, main`).first().textContent().catch(() => '');
      assert.fail(`expected the Keycloak login page, got ${shown}: ${text?.trim()}`);
    }
    assert.match(
      page.url(),
      new RegExp(`/realms/${tenant.slug}/protocol/openid-connect/auth\\?`),
      "the portal should redirect to the login page of the tenant's own realm",
    );
  });
  await step(t, page, `${tenant.slug}-signed-in`, async () => {
    await page.locator('#username').fill(tenant.user);
    await page.locator('#password').fill(tenant.password);
    await page.locator('#kc-login').click();
    const portalOrigin = new URL(baseUrl).origin;
    const outcome = await firstOf({
      portal: () => page.waitForURL((url) => url.origin === portalOrigin && url.pathname.startsWith(`/t/${tenant.slug}/`)),
      rejected: () => page.locator(KEYCLOAK_ERROR).first().waitFor(),
    });
    if (outcome !== 'portal') {
      const text = await page.locator(KEYCLOAK_ERROR).first().textContent().catch(() => '');
      assert.fail(`signing in as ${tenant.user} did not return to the portal (${outcome}): ${text?.trim()}`);
    }
    await waitForTickets(page);
    assert.equal(await page.getByTestId('tickets-heading').textContent(), 'My tickets');
    assert.notEqual((await page.getByTestId('org-name').textContent())?.trim(), '', 'organisation name shown');
    assert.notEqual((await page.getByTestId('user-name').textContent())?.trim(), '', 'user name shown');
  });
}

/** Waits until the ticket list has finished loading; fails with the shown error if it could not. */
async function waitForTickets(page) {
  const panel = page.locator('[data-testid="tickets-panel"]:is([data-state="loaded"], [data-state="error"])');
  await panel.waitFor();
  if ((await panel.getAttribute('data-state')) === 'error') {
    assert.fail(`the ticket list failed to load: ${await page.getByTestId('tickets-error').first().textContent()}`);
  }
}

/** Finds a ticket by its (unique) title, following "load more" until the last page. */
async function findTicket(page, title) {
  for (;;) {
    const item = page.getByTestId('ticket-item').filter({ has: page.getByTestId('ticket-title').getByText(title, { exact: true }) });
    if ((await item.count()) > 0) {
      return item;
    }
    const loadMore = page.getByTestId('tickets-load-more');
    if ((await loadMore.count()) === 0) {
      return null;
    }
    await loadMore.click();
    await waitForTickets(page);
  }
}

test('an acme end user creates a ticket that only acme can see', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const title = `E2E portal ticket ${new Date().toISOString()} ${randomUUID().slice(0, 8)}`;

  const acme = await openPage(t);
  try {
    const { page } = acme;
    await signIn(t, page, tenants.acme);

    const number = await step(t, page, 'acme-ticket-created', async () => {
      await page.getByTestId('ticket-title-input').fill(title);
      await page.getByTestId('ticket-description-input').fill('Created by the portal end-to-end test.\nSecond line.');
      await page.getByTestId('ticket-submit').click();
      const outcome = page.locator('[data-testid="form-success"]:not(:empty), [data-testid="form-error"]:not(:empty)');
      await outcome.first().waitFor();
      const failure = (await page.getByTestId('form-error').textContent())?.trim();
      assert.equal(failure, '', `creating the ticket failed: ${failure}`);

      const item = page.getByTestId('ticket-item').first();
      assert.equal(await item.getByTestId('ticket-title').textContent(), title, 'the new ticket is at the top of the list');
      const ticketNumber = await item.getAttribute('data-ticket-number');
      assert.ok(ticketNumber, 'the new ticket has a number');
      assert.match(await page.getByTestId('form-success').textContent(), new RegExp(ticketNumber));
      assert.equal(await page.getByTestId('ticket-title-input').inputValue(), '', 'the form is cleared');
      return ticketNumber;
    });

    await step(t, page, 'acme-ticket-listed-after-reload', async () => {
      await page.reload();
      await waitForTickets(page);
      const item = await findTicket(page, title);
      assert.ok(item, `"${title}" is still listed after a reload`);
      assert.equal(await item.getAttribute('data-ticket-number'), number);
    });
  } finally {
    await acme.context.close();
  }

  const globex = await openPage(t);
  try {
    const { page } = globex;
    await signIn(t, page, tenants.globex);
    await step(t, page, 'globex-does-not-see-acme-ticket', async () => {
      assert.equal(await findTicket(page, title), null, `globex must not see acme's ticket "${title}"`);
      assert.equal(await page.getByText(title).count(), 0);
    });
  } finally {
    await globex.context.close();
  }
});

test('the portal switches to Simplified Chinese and remembers the choice', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  const { context, page } = await openPage(t);
  try {
    await signIn(t, page, tenants.acme);

    await step(t, page, 'language-zh-CN', async () => {
      await page.getByTestId('language-select').selectOption('zh-CN');
      assert.equal(await page.getByTestId('tickets-heading').textContent(), '我的工单');
      assert.equal(await page.getByTestId('form-heading').textContent(), '新建工单');
      assert.equal(await page.getByTestId('sign-out').textContent(), '退出登录');
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    });

    await step(t, page, 'language-zh-CN-after-reload', async () => {
      await page.reload();
      await waitForTickets(page);
      assert.equal(await page.getByTestId('tickets-heading').textContent(), '我的工单');
      assert.equal(await page.getByTestId('language-select').inputValue(), 'zh-CN');
    });
  } finally {
    await context.close();
  }
});
