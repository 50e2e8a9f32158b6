import { describe, expect, it } from 'vitest';
import { deskBackendConfig, parseDeskOptions } from '../../../../main/cli/cli-options';
import { deskOptionsRefusal, RT_DESK_ARGS } from '../../../support/desk-options';

// The Request Tracker names (queues, groups, custom fields) as command-line options; checked against
// a real RT in rt-desk.test.ts.
describe('Request Tracker names on the command line', () => {
  const base = RT_DESK_ARGS;

  it('passes each --rt-… name to the connector configuration, and none when not given', () => {
    const options = parseDeskOptions([
      ...base,
      '--rt-security-queue', 'Fraud',
      '--rt-default-queue', 'Support',
      '--rt-agent-group', 'Agents',
      '--rt-security-group', 'Fraud Team',
      '--rt-topic-field', 'Category',
      '--rt-language-field', 'Locale',
      '--rt-tags-field', 'Labels',
    ], '/data');
    expect(deskBackendConfig(options, 'https://rt.example.com', '1-14-abcdef')).toEqual({
      kind: 'request-tracker',
      url: 'https://rt.example.com',
      token: '1-14-abcdef',
      securityQueue: 'Fraud',
      defaultQueue: 'Support',
      agentGroup: 'Agents',
      securityGroup: 'Fraud Team',
      topicField: 'Category',
      languageField: 'Locale',
      tagsField: 'Labels',
    });
    expect(deskBackendConfig(parseDeskOptions(base, '/data'), 'https://rt.example.com', '1-14-abcdef')).toEqual({ kind: 'request-tracker', url: 'https://rt.example.com', token: '1-14-abcdef' });
  });

  it('refuses them for another kind of backend, and an empty name', () => {
    expect(deskOptionsRefusal(['--rt-security-queue', 'Fraud'])).toBe('--rt-security-queue is for --backend-kind request-tracker, not embedded');
    expect(deskOptionsRefusal([...base, '--rt-tags-field', ' '])).toBe('--rt-tags-field takes a Request Tracker name, got " "');
  });
});
