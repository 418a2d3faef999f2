/**
 * Runs `work` in a task after the next frame has been painted (a timeout from its animation frame,
 * which runs before the paint): for work that would hold up the frame showing what is already
 * there. Returns a function that cancels it; an effect passes it to `onCleanup`.
 */
export function afterPaint(work: () => void): () => void {
  let later: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (later = setTimeout(work)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(later);
  };
}
