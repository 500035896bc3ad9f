/** true only in the end-to-end test build (INTERLUDE_TEST_BUILD=1); replaced by the bundler (wxt.config.ts). */
declare const __INTERLUDE_TEST_BUILD__: boolean;
