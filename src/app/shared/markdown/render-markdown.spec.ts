import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders lists, emphasis and code', () => {
    const html = renderMarkdown('- one **two**\n- `three`');
    expect(html).toContain('<li>one <strong>two</strong></li>');
    expect(html).toContain('<code>three</code>');
  });

  it('removes scripts, event handlers and javascript links from file text', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))\n\n<a href="#" onclick="alert(4)">y</a>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('onclick');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('<a href="#">y</a>');
    expect(html).not.toContain('<img');
  });

  it('opens external links in a new tab without an opener', () => {
    const html = renderMarkdown('[site](https://example.org)');
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
  });

  it('treats an empty text as empty', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
