// Opens the docs page in headless Chromium, checks that it lists every operation the app serves, signs a user up
// through "Try it out" and expects the 200, and keeps a screenshot.
// Usage: node docs-page.mjs <chromium> <page URL> <screenshot file> <sign-up body JSON> <operationId>...
import puppeteer from 'puppeteer-core';

const [chromium, url, screenshot, signUpBody, ...operations] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1600 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.opblock', { timeout: 30000 });

  const listed = await page.$$eval('.opblock', blocks => blocks.map(block => block.id));
  const missing = operations.filter(id => !listed.some(blockId => blockId.endsWith('-' + id)));
  if (missing.length > 0 || listed.length !== operations.length) {
    throw new Error(`the page lists ${listed.length} operations (${listed.join(', ')}); missing: ${missing.join(', ')}`);
  }
  await page.screenshot({ path: screenshot, fullPage: false });

  const signUp = '#' + listed.find(id => id.endsWith('-signUp'));
  await page.click(`${signUp} .opblock-summary-control`);
  await page.waitForSelector(`${signUp} .try-out__btn`, { timeout: 30000 });
  await page.click(`${signUp} .try-out__btn`);
  const body = await page.waitForSelector(`${signUp} textarea.body-param__text`, { timeout: 30000 });
  await body.click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  await body.evaluate(textarea => { textarea.value = ''; });
  await body.type(signUpBody);
  await page.click(`${signUp} .execute`);
  const status = await page.waitForSelector(`${signUp} .live-responses-table .response .response-col_status`, { timeout: 30000 });
  const code = (await status.evaluate(cell => cell.textContent)).trim();
  if (!code.startsWith('200')) {
    throw new Error(`signing up through "Try it out" answered ${code}`);
  }
  console.log(`docs page: ${listed.length} operations listed, sign-up through "Try it out" answered ${code}`);
} finally {
  await browser.close();
}
