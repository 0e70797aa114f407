/**
 * Rule texts with the Simplified Chinese tables, for a Chinese lesson page: its own chunk, named for
 * its language, so the service worker never stores it for an English page (scripts/build-sw.mjs).
 */
export { ruleText, translatedFinding } from './index';
