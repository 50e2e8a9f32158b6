import { Liquid, Tag, type FS, type LiquidOptions, type TagToken, type TopLevelToken } from 'liquidjs';

type TagClass = Parameters<Liquid['registerTag']>[1];

/**
 * The only Liquid engine the desk makes. A macro is a reply to a customer, written by an agent
 * or synced from a backend: it inserts values and branches on them, and nothing more. Nothing in
 * it may reach a file or the network, so every way the engine has to load another template is
 * closed at the root:
 *
 * - a file system that refuses every call (no read, no exists, no resolve), with no root,
 *   partials or layouts folders and no relative references;
 * - only the tags listed below: include, render, layout, block and any tag a future version of
 *   the engine adds are replaced by one that refuses to parse, with a message that says why.
 *
 * Filters touch neither files nor the network (checked against the engine's own list in the
 * tests); strictFilters makes an unknown one an error.
 */

export const ALLOWED_TAGS: readonly string[] = ['assign', 'capture', 'case', 'comment', '#', 'raw', 'if', 'unless', 'for', 'break', 'continue', 'tablerow', 'cycle', 'increment', 'decrement', 'echo', 'liquid'];

export class TemplateFileAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateFileAccessError';
  }
}

const fileRefusal = (what: string) => new TemplateFileAccessError(`macros cannot read files or other templates (${what} refused)`);
const refuse = (what: string) => (): never => {
  throw fileRefusal(what);
};

/** A file system with nothing in it: every call is refused, so no lookup ever reaches the disk. */
export const NO_FILES: FS = {
  exists: () => Promise.reject(fileRefusal('exists')),
  existsSync: refuse('exists'),
  readFile: () => Promise.reject(fileRefusal('read')),
  readFileSync: refuse('read'),
  resolve: refuse('resolve'),
  contains: () => Promise.resolve(false),
  containsSync: () => false,
  fallback: () => undefined,
  sep: '/',
  dirname: refuse('dirname'),
};

/** The message a refused tag gives: the agent (or the backend's author) reads it when saving. */
export function refusedTagMessage(name: string): string {
  return name === 'include' || name === 'render' || name === 'layout' || name === 'block'
    ? `the {% ${name} %} tag is not allowed in a macro: macros cannot read files or include other templates`
    : `the {% ${name} %} tag is not allowed in a macro`;
}

function refusingTag(name: string): TagClass {
  return class RefusedTag extends Tag {
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      throw new TemplateFileAccessError(refusedTagMessage(name));
    }
    // Never reached: the constructor refuses during parsing.
    *render(): Generator<never, void, unknown> {
      throw new TemplateFileAccessError(refusedTagMessage(name));
    }
  };
}

type SafeOptions = Pick<LiquidOptions, 'outputEscape' | 'cache' | 'strictFilters' | 'strictVariables'>;

/** A Liquid engine for macros: no file system, no partials or layouts, only the allowed tags. */
export function createMacroEngine(options: SafeOptions = {}): Liquid {
  const engine = new Liquid({
    strictFilters: true,
    ownPropertyOnly: true,
    ...options,
    fs: NO_FILES,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    dynamicPartials: true,
    jekyllInclude: false,
    extname: '',
    globals: {},
    // Bounds for a hostile template (a loop of a million, a string doubled to gigabytes).
    parseLimit: 200_000,
    renderLimit: 2_000,
    memoryLimit: 10_000_000,
  });
  for (const name of Object.keys(engine.tags)) {
    if (!ALLOWED_TAGS.includes(name)) engine.registerTag(name, refusingTag(name));
  }
  // Methods that load a template by name are closed too, whatever calls them.
  Object.assign(engine, {
    renderFile: () => Promise.reject(fileRefusal('renderFile')),
    renderFileSync: refuse('renderFile'),
    parseFile: () => Promise.reject(fileRefusal('parseFile')),
    parseFileSync: refuse('parseFile'),
    renderFileToNodeStream: refuse('renderFile'),
  });
  return engine;
}

/** Whether the error a render gave is a refused file access (for callers that log it). */
export function isFileAccessRefusal(error: unknown): boolean {
  return error instanceof TemplateFileAccessError || (error instanceof Error && /macros cannot read files/.test(error.message));
}
