/**
 * The build's snapshot of the bundled files (scripts/model-snapshot.mjs writes it into index.html);
 * undefined without one (the dev server, the specs). Nothing here may import Angular: main.ts reads
 * it before Angular starts.
 */
export function embeddedSnapshot(document: Document): unknown {
  try {
    const text = document.querySelector('script[type="application/json"][data-model-snapshot]')?.textContent;
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
