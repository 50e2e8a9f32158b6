import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Message ids in the renderer are literal (eslint.config.js, literalMessageIds): an id built from a
// template fails lint wherever it is asked for, and the lookups the code uses instead pass. The
// files need not exist: ESLint lints the snippet as if it lived at that path.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const FILE = 'renderer/src/components/__probe__.tsx';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

async function idComplaints(source: string, filePath = FILE): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && m.message.startsWith('Message ids are literal')).length;
}

describe('message ids are literal', () => {
  it.each<[string, string, string]>([
    ['t(`…`)', 'export const a = (t: (id: string) => string, s: string) => t(`status.${s}`);', FILE],
    ['translate(`…` as MessageId, values)', "export const a = (s: string) => translate(`surge.window.${s}` as MessageId, { n: 1 });", FILE],
    ['rich(…) with a template in a branch', "export const a = (c: boolean, s: string) => rich(c ? `app.views.${s}` : 'app.views.all', {});", FILE],
    ['intl.formatMessage({ id: `…` })', 'export const a = (s: string) => intl.formatMessage({ id: `topic.${s}` });', FILE],
    ['messagesFor(l)[`…`]', 'export const a = (l: string) => messagesFor(l)[`language.${l}`];', FILE],
    ['in a store', 'export const a = (f: string) => translate(`privacy.field.${f}`);', 'renderer/src/stores/__probe__.ts'],
  ])('%s fails', async (_, source, file) => {
    expect(await idComplaints(source, file)).toBe(1);
  });

  it.each([
    ['a literal id', "export const a = t('status.open');"],
    ['a lookup in a typed map', 'export const a = (s: Status) => t(STATUS_LABEL[s]);'],
    ['either of two literals', "export const a = (c: boolean) => t(c ? 'app.views.all' : 'app.views.mine');"],
    ['templates among the values', "export const a = (n: number) => t('app.keymap.count', { count: `${n}` });"],
    ['templates outside message ids', 'export const a = (s: string) => <span className={`status status-${s}`} data-testid={`row-${s}`} />;'],
  ])('%s passes', async (_, source) => {
    expect(await idComplaints(source)).toBe(0);
  });
});
