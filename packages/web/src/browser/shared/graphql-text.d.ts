/** esbuild's text loader: an operation file's source. */
declare module '*.graphql' {
  const source: string;
  export default source;
}
