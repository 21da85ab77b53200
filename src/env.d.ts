/// <reference types="vite/client" />
declare const __BUILD_ID__: string;

/** The sample city as evaluation-sheet forms, built into a zip at build time (see vite.config.ts). */
declare module 'virtual:sample-forms-zip' {
  const url: string;
  export default url;
}
