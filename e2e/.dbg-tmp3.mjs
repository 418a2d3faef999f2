import { openApp } from './support.mjs';
const app = await openApp({});
const { page } = app;
for (const [route, media] of [['/report', 'screen'], ['/report', 'print'], ['/compare', 'screen'], ['/compare', 'print'], ['/history', 'screen']]) {
  await page.emulateMedia({ media });
  await page.goto(`${app.url}${route}`);
  await page.waitForTimeout(1200);
  const out = [];
  for (let i = 0; i < 5; i++) {
    out.push(await page.evaluate(() => [...document.querySelectorAll('app-heatmap-chart svg.chart')].map((s) => s.getAttribute('width')).join('/')));
    await page.waitForTimeout(200);
  }
  console.log(route, media, out.join(' '));
}
await app.close();
