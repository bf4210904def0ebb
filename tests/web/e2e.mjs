// End-to-end test of the `rightslint serve` page in a real browser: Debian's chromium, headless,
// driven by playwright-core (no browser download). Starts the built binary on a free port, then:
// pastes the demo texts and checks that every finding of `rightslint check --format json` on the
// same file is highlighted; opens a card and applies a suggestion (the text changes exactly there,
// byte offsets converted correctly in Cyrillic); goes Tab -> finding, Enter -> applied; uploads
// bill.docx and drops bill.txt; switches the interface to Ukrainian and Russian; narrow window
// and 200% zoom; downloads the HTML and JSON reports; and checks that the page loaded nothing
// from elsewhere, logged no console error and that the server's log holds none of the text.
//
// Environment (set by tests/web/CMakeLists.txt): RIGHTSLINT_BIN, CHROMIUM, SCREENSHOT_DIR,
// RIGHTSLINT_DATA. Exit 0 passed, 1 failed, 77 skipped (playwright-core or chromium missing).
// Run by hand: node tests/web/e2e.mjs (from the repository root, after a build).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const binary = process.env.RIGHTSLINT_BIN || path.join(root, 'build/cli/rightslint');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = process.env.SCREENSHOT_DIR || path.join(root, 'build/web-screenshots');
const dataDir = process.env.RIGHTSLINT_DATA || root;

function skip(why) {
  console.log(`web_e2e skipped: ${why}`);
  process.exit(77);
}

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  skip('playwright-core is not installed: run `npm ci --prefix tests/web` (scripts/test.sh does)');
}
if (!fs.existsSync(chromiumPath)) skip(`no browser at ${chromiumPath} (apt-get install chromium)`);
if (!fs.existsSync(binary)) skip(`no rightslint binary at ${binary}: build it first`);
fs.mkdirSync(shots, { recursive: true });

// ---- The server -----------------------------------------------------------------------------
function startServer() {
  const child = spawn(binary, ['serve', '--port', '0'], {
    env: { ...process.env, RIGHTSLINT_DATA: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log = [];
  let buffered = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "serving" line: ${log.join('\n')}`)), 60000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        log.push(line);
        const match = /serving (http:\/\/\S+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve({ child, url: match[1], log });
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`rightslint serve exited with ${code}: ${log.join('\n')}`)));
  });
}

// `rightslint check --format json FILE`: the findings the page must show for the same text.
function cliFindings(file) {
  const run = spawnSync(binary, ['check', '--format', 'json', '--fail-on', 'never', file], {
    cwd: root, env: { ...process.env, RIGHTSLINT_DATA: dataDir }, encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout).files[0].findings;
}

// ---- Helpers in the page --------------------------------------------------------------------
async function checksDone(page) {
  return Number(await page.evaluate(() => document.body.dataset.checks || '0'));
}

// Waits until the page has shown a check after `before` and no check is pending.
async function waitForCheck(page, before) {
  await page.waitForFunction((n) => Number(document.body.dataset.checks || '0') > n, before, { timeout: 20000 });
  await page.waitForTimeout(50);
}

async function pasteText(page, text) {
  const before = await checksDone(page);
  const box = page.locator('#text');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // A real paste through the clipboard where the browser allows it; typing the text otherwise.
  let pasted = false;
  try {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.keyboard.press('Control+V');
    pasted = (await box.inputValue()) === text;
  } catch { pasted = false; }
  if (!pasted) {
    await box.fill('');
    await page.keyboard.insertText(text);
  }
  assert.equal(await box.inputValue(), text, 'the text area holds exactly the pasted text');
  await waitForCheck(page, before);
  return pasted ? 'clipboard' : 'insertText';
}

// Every finding the CLI reports is one highlighted, focusable target at the same bytes.
async function expectHighlighted(page, expected, label) {
  const shown = await page.$$eval('#hits .hit', (nodes) => nodes.map((node) => ({
    rule: node.dataset.rule, start: Number(node.dataset.start), end: Number(node.dataset.end),
    text: node.textContent, focusable: node.tabIndex === 0,
  })));
  const marks = await page.$$eval('#highlights mark.hl', (nodes) => nodes.map((node) => ({
    text: node.textContent, category: [...node.classList].find((c) => c.startsWith('cat-')),
  })));
  assert.ok(expected.length > 0, `${label}: the demo text has findings`);
  assert.equal(shown.length, expected.length, `${label}: one target per finding`);
  assert.equal(marks.length, expected.length, `${label}: one highlight per finding`);
  expected.forEach((finding, i) => {
    const hit = shown.find((h) => h.rule === finding.rule && h.start === finding.start.offset &&
                                  h.end === finding.end.offset);
    assert.ok(hit, `${label}: ${finding.rule} at ${finding.start.offset} is highlighted`);
    assert.equal(hit.text, finding.text, `${label}: the highlight covers «${finding.text}»`);
    assert.ok(hit.focusable);
    assert.equal(marks[i].category, `cat-${finding.category}`);
  });
  // The two layers sit exactly on top of each other.
  const misaligned = await page.evaluate(() => {
    const lows = [...document.querySelectorAll('#highlights mark.hl')];
    const highs = [...document.querySelectorAll('#hits .hit')];
    return lows.filter((low, i) => {
      const a = low.getBoundingClientRect();
      const b = highs[i].getBoundingClientRect();
      return Math.abs(a.left - b.left) > 0.5 || Math.abs(a.top - b.top) > 0.5 ||
             Math.abs(a.width - b.width) > 0.5;
    }).length;
  });
  assert.equal(misaligned, 0, `${label}: highlight and target layers aligned`);
}

// The middle of the first line of finding `index` on screen: where a person would point.
async function pointAt(page, index) {
  return page.evaluate(async (i) => {
    const node = document.querySelector(`#hits .hit[data-index="${i}"]`);
    node.scrollIntoView({ block: 'center' });
    // The text follows its layer's scroll on the next frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const rect = node.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, index);
}

async function summaryCounts(page) {
  return page.$$eval('#summary li', (items) => Object.fromEntries(items.map((item) => [
    item.dataset.category, Number(item.querySelector('.count').textContent)])));
}

function byCategory(findings) {
  const counts = {};
  for (const f of findings) counts[f.category] = (counts[f.category] || 0) + 1;
  return counts;
}

// The text after replacing bytes [start, end) of `text`'s UTF-8 with `replacement`: what Apply
// must produce, computed independently of the page's UTF-16 conversion.
function replaceBytes(text, start, end, replacement) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([bytes.subarray(0, start), Buffer.from(replacement, 'utf8'), bytes.subarray(end)])
    .toString('utf8');
}

// ---- The test -------------------------------------------------------------------------------
const steps = [];
function step(name, run) { steps.push({ name, run }); }

const { child: server, url, log: serverLog } = await startServer();
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rightslint-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
  locale: 'en-US',
  acceptDownloads: true,
});
const foreignRequests = [];
const consoleErrors = [];
await context.route('**/*', (route) => {
  const requested = route.request().url();
  if (requested.startsWith(url) || requested.startsWith('blob:') || requested.startsWith('data:')) {
    return route.continue();
  }
  foreignRequests.push(requested);
  return route.abort();
});
try {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
} catch { /* typing is the fallback */ }
const page = context.pages()[0] || await context.newPage();
page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
page.on('pageerror', (error) => consoleErrors.push(String(error)));

const demoRu = fs.readFileSync(path.join(root, 'corpora/demo/article-ru.txt'), 'utf8');
const demoUk = fs.readFileSync(path.join(root, 'corpora/demo/article-uk.txt'), 'utf8');

step('the page loads with its interface in English', async () => {
  await page.goto(url);
  assert.equal(await page.title(), 'rightslint');
  assert.equal(await page.locator('#summary-heading').textContent(), 'Summary');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});

step('pasting the Russian demo text highlights every finding of `rightslint check`', async () => {
  const how = await pasteText(page, demoRu);
  console.log(`  (pasted with ${how})`);
  const expected = cliFindings('corpora/demo/article-ru.txt');
  await expectHighlighted(page, expected, 'article-ru.txt');
  assert.deepEqual(Object.fromEntries(Object.entries(await summaryCounts(page)).filter(([, n]) => n)),
                   byCategory(expected));
  await page.screenshot({ path: path.join(shots, '01-demo-ru.png'), fullPage: true });
});

step('the Ukrainian demo text too', async () => {
  await pasteText(page, demoUk);
  await expectHighlighted(page, cliFindings('corpora/demo/article-uk.txt'), 'article-uk.txt');
  await page.screenshot({ path: path.join(shots, '02-demo-uk.png'), fullPage: true });
  await pasteText(page, demoRu);
});

step('hovering a finding shows its card; Apply replaces exactly its bytes', async () => {
  const before = await page.locator('#text').inputValue();
  const findings = await page.evaluate(() => window.rightslint.findings());
  const target = findings[1];
  const point = await pointAt(page, 1);
  await page.mouse.move(point.x, point.y);
  await page.locator('#card').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#card-message').textContent(), target.message);
  assert.ok((await page.locator('#card-facts').textContent()).includes(target.guideline));
  const applyButtons = page.locator('#card button.apply');
  assert.equal(await applyButtons.count(), target.suggestions.length);
  await page.screenshot({ path: path.join(shots, '03-card.png') });

  const replacement = await page.locator('#card-suggestions .replacement').first().textContent();
  const checks = await checksDone(page);
  await applyButtons.first().click();
  const after = await page.locator('#text').inputValue();
  const [start, end] = target.fix ? [target.fix.start, target.fix.end]
                                  : [target.start.offset, target.end.offset];
  assert.equal(after, replaceBytes(before, start, end, replacement), 'Apply replaced the finding');
  assert.notEqual(after, before);
  await waitForCheck(page, checks);
  const remaining = await page.$$eval('#hits .hit', (nodes) => nodes.length);
  assert.equal(remaining, findings.length - 1, 'the applied finding is gone after the re-check');
  await page.screenshot({ path: path.join(shots, '04-applied.png'), fullPage: true });
});

step('keyboard: Tab from the text reaches a finding, Enter applies its first suggestion', async () => {
  const before = await page.locator('#text').inputValue();
  const findings = await page.evaluate(() => window.rightslint.findings());
  await page.locator('#text').focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    isHit: document.activeElement.classList.contains('hit'),
    index: Number(document.activeElement.dataset.index),
    label: document.activeElement.getAttribute('aria-label'),
  }));
  assert.ok(focused.isHit, 'Tab moves from the text to the first finding');
  assert.equal(focused.index, 0);
  assert.ok(focused.label.includes(findings[0].text), 'the target has a label naming the words');
  assert.ok(await page.locator('#card').isVisible(), 'focus shows the card');
  await page.screenshot({ path: path.join(shots, '05-keyboard-focus.png') });
  const checks = await checksDone(page);
  await page.keyboard.press('Enter');
  const after = await page.locator('#text').inputValue();
  const first = findings[0];
  assert.notEqual(after, before, 'Enter changed the text');
  if (first.fix) {
    assert.equal(after, replaceBytes(before, first.fix.start, first.fix.end, first.fix.replacement));
  } else {
    assert.ok(!after.slice(first.u16Start, first.u16End + 2).startsWith(first.text));
  }
  const next = await page.evaluate(() => document.activeElement.classList.contains('hit'));
  assert.ok(next, 'focus moves on to the next finding');
  await waitForCheck(page, checks);
  // Space opens the card and moves into it; Escape returns.
  await page.locator('#hits .hit').first().focus();
  await page.keyboard.press(' ');
  assert.ok(await page.evaluate(() => document.getElementById('card').contains(document.activeElement)));
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('#card').isHidden());
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('hit')));
});

step('uploading bill.docx shows its text and findings', async () => {
  const checks = await checksDone(page);
  await page.locator('#file').setInputFiles(path.join(root, 'tests/fixtures/documents/bill.docx'));
  await waitForCheck(page, checks);
  const status = await page.locator('#status').textContent();
  assert.ok(!(await page.locator('#status').getAttribute('class') || '').includes('error'), status);
  const text = await page.locator('#text').inputValue();
  assert.ok(text.includes('наркоманами'), 'the document text is in the editor');
  const hits = await page.$$eval('#hits .hit', (nodes) => nodes.map((n) => ({ text: n.textContent, category: n.dataset.category })));
  assert.ok(hits.some((h) => h.text === 'наркоманами' && h.category === 'stigma'), JSON.stringify(hits));
  assert.ok(hits.some((h) => h.category === 'family'), 'the clause finding of the bill');
  assert.equal(await page.locator('#document-name').textContent(), 'bill.docx');
  await page.screenshot({ path: path.join(shots, '06-docx.png'), fullPage: true });
});

step('dropping bill.txt on the drop zone checks it', async () => {
  const checks = await checksDone(page);
  const content = fs.readFileSync(path.join(root, 'tests/fixtures/documents/bill.txt'), 'utf8');
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.items.add(new File([value], 'bill.txt', { type: 'text/plain' }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, content);
  await waitForCheck(page, checks);
  assert.equal(await page.locator('#text').inputValue(), content);
  await expectHighlighted(page, cliFindings('tests/fixtures/documents/bill.txt'), 'bill.txt');
});

step('the interface speaks Ukrainian and Russian', async () => {
  await page.selectOption('#ui-lang', 'uk');
  assert.equal(await page.locator('#summary-heading').textContent(), 'Підсумок');
  assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
  const stigma = await page.$eval('#hits .hit[data-category="stigma"]', (node) => Number(node.dataset.index));
  const point = await pointAt(page, stigma);
  await page.mouse.move(point.x, point.y);
  await page.locator('#card').waitFor({ state: 'visible' });
  assert.ok((await page.locator('#card').textContent()).includes('Застосувати'));
  await page.screenshot({ path: path.join(shots, '07-ui-uk.png') });
  await page.selectOption('#ui-lang', 'ru');
  assert.equal(await page.locator('#summary-heading').textContent(), 'Итоги');
  assert.equal(await page.locator('#report-heading').textContent(), 'Скачать отчёт');
  await page.mouse.move(5, 5);
  await page.selectOption('#ui-lang', 'en');
});

step('Download report: HTML and JSON', async () => {
  for (const format of ['html', 'json']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`#report-${format}`).click(),
    ]);
    assert.ok(download.suggestedFilename().endsWith(`.rightslint.${format}`), download.suggestedFilename());
    const saved = path.join(shots, `report.${format}`);
    await download.saveAs(saved);
    const body = fs.readFileSync(saved, 'utf8');
    if (format === 'html') assert.ok(body.includes('<mark'), 'the HTML report highlights findings');
    else assert.equal(JSON.parse(body).version, 1);
  }
});

step('a narrow window: one column, no sideways scrolling, the card along the bottom', async () => {
  await page.setViewportSize({ width: 360, height: 780 });
  await pasteText(page, demoRu);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
  const point = await pointAt(page, 0);
  await page.mouse.click(point.x, point.y);
  await page.locator('#card').waitFor({ state: 'visible' });
  const card = await page.locator('#card').boundingBox();
  assert.ok(card && card.x >= 0 && card.x + card.width <= 361, 'the card fits the width');
  await page.screenshot({ path: path.join(shots, '08-narrow.png') });
  await page.keyboard.press('Escape');
});

step('200% zoom (a 1280 px window at 200%: 640 CSS px): readable, nothing cut off', async () => {
  await page.setViewportSize({ width: 640, height: 450 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
  const fontSize = await page.$eval('#text', (node) => parseFloat(getComputedStyle(node).fontSize));
  assert.ok(fontSize >= 16, `text at ${fontSize}px`);
  await page.screenshot({ path: path.join(shots, '09-zoom-200.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
});

step('nothing from elsewhere, no console errors, no text in the server log', async () => {
  assert.deepEqual(foreignRequests, [], 'the page requested only its own server');
  assert.deepEqual(consoleErrors, [], 'no console errors (a CSP violation would be one)');
  assert.ok(serverLog.some((line) => line.includes(' POST /api/check 200 ')), serverLog.join('\n'));
  for (const line of serverLog) {
    assert.ok(!line.includes('наркоман') && !line.includes('Заречн'), `log line without text: ${line}`);
  }
});

let failed = 0;
for (const { name, run } of steps) {
  try {
    await run();
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}\n${String(error && error.stack || error).replace(/^/gm, '    ')}`);
    try { await page.screenshot({ path: path.join(shots, `failed-${steps.indexOf(steps.find((s) => s.name === name))}.png`), fullPage: true }); } catch { /* ignore */ }
  }
}
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
server.kill('SIGTERM');
const code = await new Promise((resolve) => server.on('exit', (c) => resolve(c)));
if (code !== 0) {
  console.log(`not ok - rightslint serve stopped with ${code}`);
  failed += 1;
}
console.log(`${failed ? "FAILED" : "passed"}: ${steps.length} steps, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
