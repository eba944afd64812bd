// picomatch (installed with tinyglobby) ships no types; only the matcher factory is used.
declare module 'picomatch' {
  type Matcher = (path: string) => boolean;
  function picomatch(glob: string | string[], options?: { dot?: boolean; nocase?: boolean; basename?: boolean }): Matcher;
  export default picomatch;
}
