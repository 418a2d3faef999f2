// Font files imported with `{ with: { loader: 'dataurl' } }` (Angular's esbuild loader attribute)
// are data URLs; used to embed Roboto in exported charts.
declare module '*.woff2' {
  const url: string;
  export default url;
}
