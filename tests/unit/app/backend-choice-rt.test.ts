import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendChoice } from '../../../preload/contract';
import { choiceOf, configOf } from '../../../main/services/app/backend-check';
import { BackendChoiceFile } from '../../../main/services/app/backend-choice-file';
import { channels } from '../../../preload/contract/channels';

// Request Tracker's names and priority scale chosen in Settings → Backend: validated by the
// contract, turned into the connector's configuration, and saved with the backend choice.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const RT_CHOICE: BackendChoice = {
  kind: 'request-tracker',
  url: 'https://rt.example.com',
  email: null,
  oauth: false,
  rt: { names: { securityQueue: 'Fraud', tagsField: 'Labels' }, priorities: '-50,0,50,100' },
};

describe('Request Tracker names and priorities in the backend choice', () => {
  it('reach the connector configuration, and read back the same from it', () => {
    const config = configOf(RT_CHOICE, '1-14-abc');
    expect(config).toEqual({ kind: 'request-tracker', url: 'https://rt.example.com', token: '1-14-abc', securityQueue: 'Fraud', tagsField: 'Labels', priorities: { low: -50, normal: 0, high: 50, urgent: 100 } });
    expect(choiceOf(config)).toEqual(RT_CHOICE);
    // All defaults: nothing extra in either.
    const plain = { ...RT_CHOICE, rt: { names: {}, priorities: null } };
    expect(configOf(plain, 't')).toEqual({ kind: 'request-tracker', url: 'https://rt.example.com', token: 't' });
    expect(choiceOf(configOf(plain, 't'))).not.toHaveProperty('rt');
    // Another kind ignores them.
    expect(configOf({ ...RT_CHOICE, kind: 'embedded' }, 't')).toEqual({ kind: 'embedded', url: 'https://rt.example.com', token: 't' });
  });

  it('are saved with the backend choice and read back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agentdesk-choice-'));
    dirs.push(dir);
    const file = new BackendChoiceFile(join(dir, 'backend-choice.json'));
    file.write(RT_CHOICE);
    expect(file.read()).toEqual(RT_CHOICE);
  });

  it('are validated at the contract: an unknown name, an empty or overlong one, a control character', () => {
    const input = (rt: unknown) => channels['backend.test'].input.safeParse({ kind: 'request-tracker', url: 'https://rt.example.com', token: 't', email: null, oauth: false, rt });
    expect(input({ names: { securityQueue: ' Fraud ' }, priorities: null }).data?.rt).toEqual({ names: { securityQueue: 'Fraud' }, priorities: null });
    expect(input({ names: { securityQueue: '' }, priorities: null }).success).toBe(false);
    expect(input({ names: { securityQueue: 'x'.repeat(201) }, priorities: null }).success).toBe(false);
    expect(input({ names: { securityQueue: 'Fraud\nTeam' }, priorities: null }).success).toBe(false);
    expect(input({ names: { someQueue: 'Fraud' }, priorities: null }).success).toBe(false);
    expect(input(undefined).success).toBe(true);
  });
});
