// Font files are bundled as data URLs (esbuild loader in cli/build.mjs), to embed Roboto in SVGs.
declare module '*.woff2' {
  const url: string;
  export default url;
}
