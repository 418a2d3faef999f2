import { createRequire } from 'node:module';
import { openApp } from './support.mjs';
import { readFileSync } from 'node:fs';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const text = readFileSync(new URL('../src/assets/YAML/default/model.yaml', import.meta.url), 'utf8');
const L1 = [...text.matchAll(/^ {6}uuid: (\S+)\n {6}level: (\d)/gm)].filter(m => m[2] === '1').map(m => m[1]);
const lines = ['progress:'];
L1.slice(0, 12).forEach((u, i) => { lines.push(`  ${u}:`, '    Team A:'); if (i < 6) lines.push('      Fully implemented: 2026-03-01'); lines.push('      Started: 2026-01-10'); if (i < 8) lines.push('    Team B:', '      Partly implemented: 2026-02-15'); });
for (const colorScheme of ['light', 'dark']) {
  const app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': lines.join('\n') + '\n' }, colorScheme, bypassCSP: true });
  const { page } = app;
  await page.goto(`${app.url}/roadmap`);
  await page.getByRole('combobox', { name: 'Target of all teams' }).click();
  await page.getByRole('option', { name: 'Level 2', exact: true }).click();
  await page.waitForTimeout(800);
  for (const route of ['/roadmap', '/roadmap?view=phases', '/history', '/compare', '/report']) {
    await page.goto(`${app.url}${route}`);
    await page.waitForTimeout(1500);
    if (route === '/history') await page.getByText('Show the values as a table').click();
    await page.addScriptTag({ path: axePath });
    const v = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id} ${v.impact} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
    console.log(colorScheme, route, v);
  }
  await app.close();
}
