// Temporary screenshot helper (not a test): node e2e/.shot-tmp.mjs <path> <name> [width] [scheme]
import { openApp } from './support.mjs';
const [path, name, width = '1280', scheme = 'light', full = 'full'] = process.argv.slice(2);
const app = await openApp({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
try {
  await app.page.goto(`${app.url}${path}`);
  await app.page.waitForTimeout(2500);
  await app.page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full === 'full' });
  console.log('errors', app.errors);
} finally {
  await app.close();
}
