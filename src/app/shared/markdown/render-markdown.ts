import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { linkTarget } from './link-target';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Tags a model text may use; anything else (script, iframe, style, forms, images...) is dropped. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'del',
];

/** The base the links of the text being sanitised resolve against (sanitising is synchronous). */
let linkBase = '';
let hooked = false;

/** Every link gets a normalised address; one that would leave the app opens in a new tab. */
function fixLink(node: Element): void {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href');
  if (href === null) return;
  const target = linkTarget(href, linkBase);
  if (target === undefined) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('href', target.href);
  if (target.external) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

/**
 * Renders Markdown from a YAML file to HTML that is safe to insert: marked turns it into HTML and
 * DOMPurify removes everything outside a small allow-list, including event handlers and
 * `javascript:` links. No link leaves the app's origin (`base`'s) in the same tab: links are resolved
 * as the browser will resolve them, and those to other origins open in a new tab without an opener.
 */
export function renderMarkdown(text: string, base: string): string {
  const key = `${base}\n${text ?? ''}`;
  let html = rendered.get(key);
  if (html === undefined) {
    if (rendered.size >= RENDERED_KEPT) rendered.clear();
    rendered.set(key, (html = render(text, base)));
  }
  return html;
}

/**
 * Texts rendered already, by base and text: the report shows an activity's texts once in each
 * stage group it is in (about 800 entries of 200 activities), and marked with DOMPurify is about
 * a third of a millisecond a text.
 */
const rendered = new Map<string, string>();
const RENDERED_KEPT = 2000;

function render(text: string, base: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', fixLink);
    hooked = true;
  }
  const html = marked.parse(text ?? '') as string;
  linkBase = base;
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    // No target or rel from the text: fixLink sets them, so a text cannot aim a link at another window.
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i,
  });
}
