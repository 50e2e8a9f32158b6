import { z } from 'zod';

/**
 * Zod compiles a fast parser with `new Function` the first time it builds an object schema, after
 * probing whether eval is allowed. Under the page's CSP (`script-src 'self'`) that probe is a
 * blocked eval and a `securitypolicyviolation` report on every load, so a report would no longer
 * mean an attack. Where a page runs (renderer, preloads) the contract's schemas are interpreted
 * instead; main, which has no CSP, keeps the compiled parsers. Imported first by channels.ts,
 * before any schema is built.
 */
if (typeof (globalThis as { document?: unknown }).document !== 'undefined') z.config({ jitless: true });
