// Locale data files are YAML, turned into plain objects at build time by the
// `yamlData` plugin in vite.config.ts; the loaders validate them with zod.
declare module '*.yml' {
  const data: unknown;
  export default data;
}
