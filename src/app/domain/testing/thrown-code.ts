/**
 * The `code` of the error of class `type` that `fn` throws, undefined when it throws nothing; any
 * other error is thrown on. For specs of the edits that refuse input with a coded error.
 */
export function thrownCode<E extends Error & { readonly code: string }>(
  type: abstract new (...args: never[]) => E,
  fn: () => unknown,
): E['code'] | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error.code;
    throw error;
  }
  return undefined;
}
