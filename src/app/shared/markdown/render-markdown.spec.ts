import { renderMarkdown } from './render-markdown';

/** Links written to leave the app, in the forms the browser's URL parser accepts. */
const HOSTILE_HREFS = [
  '/\\evil.example/x',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  '//evil.example',
  ' //evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '\t\\\\evil.example',
  'https:/evil.example',
  'https:evil.example',
  'http:\\\\evil.example',
  'HTTPS://EVIL.EXAMPLE/',
  'ht\ttps://evil.example',
  'ht\ntps://evil.example',
  'https://app@evil.example/',
  'https://evil.example',
  'mailto:someone@evil.example',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
  'ftp://evil.example/',
];

const escapeAttr = (s: string) =>
  s
    .replace(/&(?!#)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');

/** Every anchor of the rendered HTML, read as the browser reads it in this document. */
function anchors(html: string): HTMLAnchorElement[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('a')];
}

/** What a click would do: stay in the app, open a new tab without opener, or nothing. */
function clickLeavesTab(a: HTMLAnchorElement): boolean {
  const href = a.getAttribute('href');
  if (href === null) return false;
  const url = new URL(href, document.baseURI);
  if (url.origin === location.origin) return a.hasAttribute('target');
  const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
  return a.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer');
}

describe('renderMarkdown', () => {
  const base = document.baseURI;

  it('renders lists, emphasis and code', () => {
    const html = renderMarkdown('- one **two**\n- `three`', base);
    expect(html).toContain('<li>one <strong>two</strong></li>');
    expect(html).toContain('<code>three</code>');
  });

  it('removes scripts, event handlers and javascript links from file text', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))\n\n<a href="#" onclick="alert(4)">y</a>',
      base,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('onclick');
    expect(html).not.toMatch(/href="javascript/i);
    expect(anchors(html).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['x', null],
      ['y', new URL('#', base).href],
    ]);
    expect(html).not.toContain('<img');
  });

  it('opens external links in a new tab without an opener', () => {
    const html = renderMarkdown('[site](https://example.org)', base);
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
  });

  it('keeps links into the app in the tab, normalised', () => {
    const [a] = anchors(renderMarkdown('[matrix](/matrix?level=2)', base));
    expect(a.getAttribute('href')).toBe(new URL('/matrix?level=2', base).href);
    expect(a.hasAttribute('target')).toBeFalse();
    expect(a.hasAttribute('rel')).toBeFalse();
  });

  it('shows a path written to reach another site as that site, opened in a new tab', () => {
    const [a] = anchors(renderMarkdown('See <a href="/\\evil.example/x">the docs</a>.', base));
    expect(a.getAttribute('href')).toBe(`${location.protocol}//evil.example/x`);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lets no link leave the app in its own tab, however it is written', () => {
    for (const href of HOSTILE_HREFS) {
      const texts = [
        `[x](<${href}>)`,
        `[x][r]\n\n[r]: <${href}>`,
        `<a href="${escapeAttr(href)}">x</a>`,
        `<a href="${escapeAttr(href)}" target="_self" rel="opener">x</a>`,
        `<p><a href="${escapeAttr(href)}" target="_top">x</a></p>`,
      ];
      for (const text of texts) {
        const found = anchors(renderMarkdown(text, base));
        expect(found.length).withContext(text).toBeLessThanOrEqual(1);
        for (const a of found) {
          expect(clickLeavesTab(a))
            .withContext(`${JSON.stringify(text)} -> ${a.outerHTML}`)
            .toBeFalse();
          const href = a.getAttribute('href');
          if (href !== null)
            expect(new URL(href, base).protocol)
              .withContext(text)
              .toMatch(/^(https?:|mailto:)$/);
        }
      }
    }
  });

  it('resolves against the given base, as the page would', () => {
    const html = renderMarkdown(
      '<a href="https:/evil.example">a</a> <a href="/\\evil.example">b</a>',
      'https://app.example/dsomm/',
    );
    const [a, b] = anchors(html);
    // Same scheme as the page: `https:/x` is a path on the app's own site.
    expect(a.getAttribute('href')).toBe('https://app.example/evil.example');
    expect(a.hasAttribute('target')).toBeFalse();
    expect(b.getAttribute('href')).toBe('https://evil.example/');
    expect(b.getAttribute('target')).toBe('_blank');
  });

  it('resolves the same text against each base it is shown under (rendered texts are kept)', () => {
    const text = 'See [the teams](/teams).';
    for (const round of [1, 2]) {
      expect(anchors(renderMarkdown(text, 'https://app.example/'))[0].getAttribute('href'))
        .withContext(`round ${round}`)
        .toBe('https://app.example/teams');
      expect(anchors(renderMarkdown(text, 'https://other.example/'))[0].getAttribute('href'))
        .withContext(`round ${round}`)
        .toBe('https://other.example/teams');
    }
  });

  it('does not let a text aim a link at another window', () => {
    const [a] = anchors(renderMarkdown('<a href="/teams" target="other">x</a>', base));
    expect(a.hasAttribute('target')).toBeFalse();
  });

  it('treats an empty text as empty', () => {
    expect(renderMarkdown('', base)).toBe('');
  });
});
