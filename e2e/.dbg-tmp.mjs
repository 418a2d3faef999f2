import { openApp } from './support.mjs';
import { readFileSync } from 'node:fs';
const text = readFileSync(new URL('../src/assets/YAML/default/model.yaml', import.meta.url), 'utf8');
const L1 = [...text.matchAll(/^ {6}uuid: (\S+)\n {6}level: (\d)/gm)].filter(m => m[2] === '1').map(m => m[1]);
const lines = ['progress:'];
L1.slice(0, 12).forEach((u, i) => { lines.push(`  ${u}:`, '    Team A:'); if (i < 6) lines.push('      Fully implemented: 2026-03-01'); lines.push('      Started: 2026-01-10'); if (i < 8) lines.push('    Team B:', '      Partly implemented: 2026-02-15'); });
lines.push(`  ${L1[20]}:`, '    Team B:', "      'Not applicable: No containers here': 2026-02-20");
const progress = lines.join('\n') + '\n';
for (const scheme of ['light', 'dark']) for (const width of [1280, 390]) {
  const app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': progress }, viewport: { width, height: 900 }, colorScheme: scheme });
  const { page } = app;
  await page.goto(`${app.url}/roadmap?team=Team%20A`);
  await page.getByText('Choose a target level').waitFor();
  await page.getByRole('combobox', { name: 'Target of all teams' }).click();
  await page.getByRole('option', { name: 'Level 2', exact: true }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/shot-roadmap-${scheme}-${width}.png` });
  await page.getByRole('radio', { name: 'Phases' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shot-phases-${scheme}-${width}.png` });
  for (const p of ['history', 'compare', 'report']) {
    await page.goto(`${app.url}/${p}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shot-${p}-${scheme}-${width}.png`, fullPage: p !== 'report' });
  }
  if (scheme === 'light' && width === 1280) {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `/tmp/shot-print.png` });
    await page.pdf({ path: '/tmp/report.pdf', format: 'A4' });
  }
  console.log(scheme, width, app.errors);
  await app.close();
}
