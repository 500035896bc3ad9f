/** Build-time flags, replaced by the bundler (see wxt.config.ts). */
interface ImportMetaEnv {
  /** true only in the end-to-end test build. */
  readonly INTERLUDE_TEST_BUILD: boolean;
}
