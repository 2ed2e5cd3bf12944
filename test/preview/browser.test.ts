/**
 * The reviewer preview in a real browser (Debian's chromium through playwright-core), on a temp
 * copy of a few fixtures: select a document, wait for page 1's canvas, read the page count, the
 * check result and the text layer; edit the case file on disk and watch the change arrive with
 * the reader's page kept; mark it approved and find the mark in .reviews.json; the invalid case's
 * JSON pointer in place of the document; a form posted from another site refused.
 * Screenshots: output/preview-document.png, output/preview-invalid.png.
 */
import { copyFile, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server.ts';
import { launchChromium } from '../support/chromium.ts';

const DOC = 'rectification-suggestion-housing-bureau.json';
const DOC_KEY = `${DOC}#`;
const NEW_TITLE = '关于预览实时刷新的检查建议书';

describe('gongwen preview in chromium', () => {
  let dir: string;
  let server: PreviewServer;
  let browser: BrowserContext;
  let page: Page;
  let elsewhere: Server;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gw-preview-'));
    await copyFile(resolve('fixtures', DOC), join(dir, DOC));
    await copyFile(resolve('fixtures/talk-record-admonition.json'), join(dir, 'talk-record-admonition.json'));
    await copyFile(resolve('fixtures/invalid/bad-date.json'), join(dir, 'bad-date.json'));
    await mkdir(join(dir, 'seals'));
    await cp(resolve('fixtures/seals'), join(dir, 'seals'), { recursive: true });
    await mkdir(resolve('output'), { recursive: true });
    server = await startPreviewServer({ dir, fonts: () => loadFontSet({ systemFonts: false }), debounceMs: 80 });
    // The first render (fonts, layout engine, PDF reader loading) runs while chromium starts.
    [browser] = await Promise.all([launchChromium(), fetch(`${server.url}api/document/${DOC}?pointer=`)]);
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((done) => (elsewhere ? elsewhere.close(done) : done(undefined)));
  });

  it('lists the cases by kind with their status', async () => {
    await page.waitForSelector(`[data-key="${DOC_KEY}"]`);
    const groups = await page.$$eval('.kind-group h3', (hs) => hs.map((h) => h.textContent));
    expect(groups).toEqual(['整改建议书（纪律检查建议书、监察建议书）（2）', '谈话记录（1）']);
    expect(await page.textContent('#counts')).toBe('共 3 份：有效 2，无效 1，已通过 0，已退回 0');
    expect(await page.getAttribute('[data-key="bad-date.json#"]', 'data-status')).toBe('invalid');
    await page.fill('#filter', '诫勉');
    expect(await page.$$eval('.case-item', (items) => items.map((i) => i.getAttribute('data-key')))).toEqual(['talk-record-admonition.json#']);
    await page.fill('#filter', '');
  });

  it('draws the selected document page by page, with page count, check result and text', async () => {
    await page.click(`[data-key="${DOC_KEY}"]`);
    await page.waitForSelector('#doc-pages canvas[data-page="1"][data-rendered="true"]');
    await page.waitForSelector('#doc-pages[data-rendered="true"]');
    expect(await page.textContent('#page-count')).toBe('共 6 页');
    expect(await page.$$eval('#doc-pages canvas', (cs) => cs.length)).toBe(6);
    expect(await page.$$eval('#thumbs .thumb', (ts) => ts.length)).toBe(6);
    expect(await page.textContent('#check-verdict')).toBe('符合 GB/T 9704-2012：共 6 页，0 条提示');
    expect(await page.textContent('#check-panel')).toContain('版式 文件格式');
    const firstPage = await page.textContent('.page[data-page="1"] .textLayer');
    expect(firstPage).toContain('中共某某市纪律检查委员会文件');
    expect(firstPage).toContain('某纪建〔2026〕3号'.replace('3号', '3 号'));
    // The canvas is painted: the red masthead's pixels are there.
    const red = (await page.evaluate(`(() => {
      const c = document.querySelector('canvas[data-page="1"]');
      const data = c.getContext('2d').getImageData(0, 0, c.width, Math.round(c.height / 3)).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 200 && data[i + 1] < 80 && data[i + 2] < 80) count++;
      return count;
    })()`)) as number;
    expect(red).toBeGreaterThan(1000);
    await page.screenshot({ path: resolve('output/preview-document.png') });
  });

  it('zooms in and back to the width of the view', async () => {
    const width = async (): Promise<number> => (await page.locator('.page[data-page="1"]').boundingBox())?.width ?? 0;
    const fitted = await width();
    const fitLevel = await page.textContent('#zoom-level');
    await page.click('#zoom-in');
    await expect.poll(width, { timeout: 10_000 }).toBeGreaterThan(fitted);
    expect(await page.textContent('#zoom-level')).not.toBe(fitLevel);
    await page.click('#zoom-fit');
    await expect.poll(width, { timeout: 10_000 }).toBe(fitted);
    await page.waitForSelector('#doc-pages[data-rendered="true"]');
    expect(await page.textContent('#zoom-level')).toBe(fitLevel);
  });

  it('offers the DOCX and the PDF for download', async () => {
    const docx = await page.request.get(new URL((await page.getAttribute('#download-docx', 'href'))!, server.url).href);
    expect(docx.headers()['content-disposition']).toBe(`attachment; filename="JJ-2026-017.docx"; filename*=UTF-8''JJ-2026-017.docx`);
    expect(new PizZip(await docx.body()).file('word/document.xml')?.asText()).toContain('保障性住房');
    const pdf = await page.request.get(new URL((await page.getAttribute('#download-pdf', 'href'))!, server.url).href);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('re-renders after the case file changes on disk, keeping the page in view', async () => {
    await page.click('#thumbs .thumb:nth-child(3)');
    expect(await page.textContent('#page-position')).toBe('第 3 / 6 页');
    const data = JSON.parse(await readFile(join(dir, DOC), 'utf8'));
    data.title = NEW_TITLE;
    const edited = Date.now();
    await writeFile(join(dir, DOC), JSON.stringify(data, null, 2));
    await page.locator('.page[data-page="1"] .textLayer').filter({ hasText: NEW_TITLE }).waitFor({ timeout: 20_000 });
    const seconds = (Date.now() - edited) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(await page.textContent('#case-title')).toBe(NEW_TITLE);
    expect(await page.textContent('#page-position')).toBe('第 3 / 6 页');
  });

  it('marks the document approved with a comment, shown in the list and stored in .reviews.json', async () => {
    await page.fill('#review-comment', '同意印发');
    await page.click('#approve');
    await page.waitForSelector(`[data-key="${DOC_KEY}"][data-status="approved"]`);
    expect(await page.textContent('#review-mark')).toMatch(/^已通过 · .+ · 同意印发$/);
    const marks = JSON.parse(await readFile(join(dir, '.reviews.json'), 'utf8')).marks;
    expect(marks[DOC_KEY]).toMatchObject({ status: 'approved', comment: '同意印发', id: 'JJ-2026-017' });
    expect(await page.textContent('#counts')).toBe('共 3 份：有效 1，无效 1，已通过 1，已退回 0');
  });

  it('shows a problem made on disk in place of the document, and the document again once fixed', async () => {
    const good = await readFile(join(dir, DOC), 'utf8');
    await writeFile(join(dir, DOC), good.replace(/"date": "[^"]+"/, '"date": "2026-13-01"'));
    await page.waitForSelector('#issues:not([hidden])', { timeout: 20_000 });
    expect(await page.textContent('#issues tbody code')).toBe('/date');
    expect(await page.getAttribute(`[data-key="${DOC_KEY}"]`, 'data-status')).toBe('invalid');
    await writeFile(join(dir, DOC), good);
    await page.waitForSelector('#doc-pages[data-rendered="true"]', { timeout: 20_000 });
    expect(await page.isHidden('#issues')).toBe(true);
    expect(await page.getAttribute(`[data-key="${DOC_KEY}"]`, 'data-status')).toBe('approved');
  });

  it('shows an invalid case’s JSON pointer and message in place of the document', async () => {
    await page.click('[data-key="bad-date.json#"]');
    await page.waitForSelector('#issues:not([hidden])');
    expect(await page.isHidden('#doc-pages')).toBe(true);
    const row = await page.$$eval('#issues tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(row).toEqual([['/date', '应为成文日期：格式 YYYY-MM-DD 的有效日期，如 2026-11-24，实际为 "2026年11月24日"']]);
    expect(await page.isDisabled('#approve')).toBe(true);
    await page.screenshot({ path: resolve('output/preview-invalid.png') });
  });

  it('refuses a mark posted by a form on another site (403), leaving .reviews.json as it was', async () => {
    const before = await readFile(join(dir, '.reviews.json'), 'utf8');
    const target = `${server.url}api/review`;
    elsewhere = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<form method="post" enctype="text/plain" action="${target}"><input name='{"file":"${DOC}","pointer":"","status":"returned","comment":"x","y":"' value='"}'></form>` +
          '<script>document.forms[0].submit()</script>',
      );
    });
    await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
    const attacker = await browser.newPage();
    const [response] = await Promise.all([
      attacker.waitForResponse((r) => r.url() === target),
      attacker.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`),
    ]);
    expect(response.status()).toBe(403);
    expect(await readFile(join(dir, '.reviews.json'), 'utf8')).toBe(before);
    await attacker.close();
    expect(pageErrors).toEqual([]);
  });
});
