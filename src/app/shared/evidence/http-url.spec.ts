import { FormControl } from '@angular/forms';
import { httpUrlValidator, isHttpUrl } from './http-url';

describe('attachment URLs', () => {
  it('accepts absolute http and https links', () => {
    expect(isHttpUrl('https://git.example.com/app/Jenkinsfile')).toBeTrue();
    expect(isHttpUrl('http://intranet/wiki?page=1#top')).toBeTrue();
    expect(isHttpUrl('  HTTPS://EXAMPLE.ORG  ')).toBeTrue();
  });

  it('refuses other schemes, relative paths and malformed URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      'ftp://example.org/f',
      'file:///etc/passwd',
      '/docs/a.pdf',
      'example.org',
      'https://',
      'http:// space.org',
      '',
    ]) {
      expect(isHttpUrl(bad)).withContext(bad).toBeFalse();
    }
  });

  it('validates a form control, leaving empty values to `required`', () => {
    expect(httpUrlValidator(new FormControl('https://example.org'))).toBeNull();
    expect(httpUrlValidator(new FormControl(''))).toBeNull();
    expect(httpUrlValidator(new FormControl('data:text/html,hi'))).toEqual({ httpUrl: true });
  });
});
