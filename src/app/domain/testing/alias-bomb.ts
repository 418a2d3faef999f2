/**
 * The YAML "bomb" of the issue: anchors nested `depth` deep, each a map referencing the one before
 * `width` times. A few kB of text that stand for 60^60 nodes; at the default size it is refused at
 * line 4, the first level to stand for more nodes than the file has characters.
 */
export function aliasBomb(depth = 60, width = 60): string {
  const lines = ['x0: &a0 {v: x}'];
  for (let i = 1; i < depth; i++) {
    lines.push(`x${i}: &a${i} {${Array.from({ length: width }, (_, j) => `k${j}: *a${i - 1}`).join(', ')}}`);
  }
  return lines.join('\n') + '\n';
}
