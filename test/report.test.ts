import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Collector } from '../src/report/collect.js';
import { renderHtml } from '../src/report/html.js';
import { barChart, columnChart, escapeHtml, niceTicks } from '../src/report/svg.js';
import { corpus, kliping, tmp } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';

/** A corpus with boilerplate lines, copies and a failure, so every part of the report has content. */
function reportCorpus(dir: string): string {
  const file = join(dir, 'news.jsonl');
  const rows = corpus(30, 1200)
    .trim()
    .split('\n')
    .map((line, i) => {
      const row = JSON.parse(line) as { text: string };
      if (i % 3 === 0) row.text += '\nBaca juga: Harga Cabai Naik Lagi <script>alert(1)</script>';
      if (i % 4 === 0) row.text = `A A A\n${row.text}`;
      return JSON.stringify(row);
    });
  rows.push(JSON.stringify({ ...JSON.parse(rows[1] as string), id: 'copy-of-a1' }));
  rows.push('{"id": "broken"');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

describe('the HTML report', () => {
  it('is one self-contained page with escaped text', () => {
    const stats = new Collector().finish();
    const page = renderHtml(stats);
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/\s(?:src|href)=/);
    expect(escapeHtml('<b a="1">&</b>')).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;');
  });

  it('draws charts with one bar per value', () => {
    const bars = [
      { label: 'ind', value: 10 },
      { label: 'eng', value: 2 },
    ];
    expect(barChart(bars, 't').match(/<rect /g)).toHaveLength(2);
    expect(columnChart(bars, 't').match(/<rect /g)).toHaveLength(2);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1)).toEqual([0, 1]);
  });

  it('renders in headless Chromium without console errors', async (context) => {
    if (!existsSync(CHROMIUM)) {
      context.skip(`${CHROMIUM} is absent (CI installs Debian's chromium; apt-get install -y chromium)`);
      return;
    }
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch {
      context.skip('playwright-core is not installed (npm ci installs it as a dev dependency)');
      return;
    }
    const dir = tmp();
    const html = join(dir, 'report.html');
    const r = kliping(['stats', '--quiet', '--html', html, reportCorpus(dir)]);
    expect(r.code).toBe(0);
    expect(readFileSync(html, 'utf8')).not.toContain('<script>alert(1)');
    const browser = await playwright.chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) problems.push(`network: ${request.url()}`);
      });
      await page.goto(pathToFileURL(html).href);
      expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('#removed tbody tr').count()).toBeGreaterThan(0);
      // The rule filter works: choosing a rule hides the other rows.
      const options = await page.locator('#rule-filter option').allTextContents();
      expect(options.length).toBeGreaterThan(1);
      await page.selectOption('#rule-filter', options[1] as string);
      const visible = await page.locator('#removed tbody tr:visible').count();
      expect(visible).toBeGreaterThan(0);
      expect(visible).toBeLessThan(await page.locator('#removed tbody tr').count());
      if (process.env.KLIPING_SCREENSHOT)
        await page.screenshot({ path: process.env.KLIPING_SCREENSHOT, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
