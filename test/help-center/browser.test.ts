import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { serveFolder } from '../helpers/static-server.js';

/**
 * The published help center in a real browser: Debian's chromium, driven by playwright-core.
 * Screenshots of the start page and an article, at desktop and phone width, are kept in
 * test-artifacts/help-center/ (git-ignored) for a person to look at.
 */
const CHROMIUM = '/usr/bin/chromium';
const REPO = resolve(import.meta.dirname, '..', '..');
const SHOTS = join(REPO, 'test-artifacts', 'help-center');
// without these, chromium reaches out to Google's services at every start
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The sample helpdesk's desk.yaml and knowledge base, images included. */
function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = { 'desk.yaml': readFileSync(join(REPO, 'desk.yaml'), 'utf8') };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else files[relative(REPO, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(REPO, 'kb'));
  return files;
}

describe('the help center in a browser', () => {
  let hd: TempHelpdesk;
  let site: Awaited<ReturnType<typeof serveFolder>>;
  let context: BrowserContext;
  let profile: string;
  const offSite: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no browser at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`);
    hd = tempHelpdesk(sampleFiles());
    const out = join(hd.root, 'public');
    hd.ok(['kb', 'publish', '--out', out]);
    site = await serveFolder(out);
    profile = mkdtempSync(join(tmpdir(), 'desk-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
    });
    context.on('request', (r) => {
      if (!r.url().startsWith(site.url)) offSite.push(r.url());
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await site?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    hd?.cleanup();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(site.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** Every link and image of the page answers 200 from the site itself. */
  async function expectWorkingLinksAndImages(page: Page): Promise<void> {
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = hrefs.filter((h) => h.startsWith(site.url) && !h.includes('#'));
    expect(internal.length).toBeGreaterThan(2);
    for (const href of new Set(internal)) expect((await fetch(href)).status, href).toBe(200);
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((i) => ({ src: (i as HTMLImageElement).src, width: (i as HTMLImageElement).naturalWidth })),
    );
    for (const img of images) expect(img.width, `${img.src} did not load`).toBeGreaterThan(0);
  }

  it('finds an article by searching, and opens it', async () => {
    const page = await open('de/index.html');
    await page.fill('#q', 'Umlaute im Export kaputt');
    await page.waitForSelector('#results li a');
    const first = page.locator('#results li a').first();
    expect(await first.textContent()).toContain('Straße');
    await expect.poll(() => page.locator('#results mark').count()).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(/export-zeichensatz-strasse\.html$/);
    expect(await page.locator('h1').textContent()).toContain('Straße');
    await page.close();
  });

  it('takes a search typed on an article page to the start page and shows the results', async () => {
    const page = await open('de/sepa-datei-sonderzeichen.html');
    await page.fill('#q', 'Meldung stornieren');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results li a');
    expect(page.url()).toMatch(/de\/index\.html\?q=Meldung/);
    expect(await page.locator('#results li a').first().textContent()).toMatch(/Minijob|Meldung/);
    await page.close();
  });

  it('has working links and images on the start page and on an article, with the logo, and loads nothing from elsewhere', async () => {
    for (const path of ['de/index.html', 'de/export-zeichensatz-strasse.html', 'en/index.html']) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      await expectWorkingLinksAndImages(page);
      expect(await page.locator('header .brand img').count(), path).toBe(1);
      expect(await page.locator('header .brand').textContent()).toContain('Lutterbach Software GmbH');
      await page.close();
    }
    const article = await open('de/export-zeichensatz-strasse.html');
    expect(await article.locator('article img').count()).toBe(1);
    expect(await article.locator('.related li a').count()).toBeGreaterThan(0);
    await article.close();
    expect(offSite).toEqual([]);
  });

  it('switches language', async () => {
    const page = await open('de/index.html');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.click('header a.lang');
    await page.waitForURL(/en\/index\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Help Center');
    await page.click('header a.lang');
    await page.waitForURL(/de\/index\.html$/);
    await page.close();
  });

  it('is usable 375 px wide: nothing wider than the screen, search reachable, and screenshots for a person', async () => {
    for (const [name, path] of [
      ['start', 'de/index.html'],
      ['article', 'de/export-zeichensatz-strasse.html'],
    ] as const) {
      const desktop = await open(path, 1280);
      await desktop.waitForLoadState('networkidle');
      await desktop.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: true });
      await desktop.close();
      const phone = await open(path, 375);
      await phone.waitForLoadState('networkidle');
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(375);
      const box = await phone.locator('#q').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375 && box.width > 150, 'the search field fits').toBe(true);
      await phone.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
      await phone.close();
    }
    const phone = await open('de/index.html', 375);
    await phone.fill('#q', 'Lagerort Mindestbestand');
    await phone.waitForSelector('#results li a');
    await phone.locator('#results li a').first().click();
    await phone.waitForURL(/mindestbestand-je-lagerort\.html$/);
    await phone.close();
  });
});
