import { AbstractControl, ValidationErrors } from '@angular/forms';

/** True for an absolute http: or https: URL with a host (what an attachment link must be). */
export function isHttpUrl(text: string): boolean {
  const trimmed = text.trim();
  // Spaces inside are a typo (browsers would quietly drop or escape them).
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Form validator: `{ httpUrl: true }` unless the value is empty or an http(s) URL. */
export function httpUrlValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value ?? '';
  return value.trim() === '' || isHttpUrl(value) ? null : { httpUrl: true };
}
