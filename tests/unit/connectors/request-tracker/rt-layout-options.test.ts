import { describe, expect, it } from 'vitest';
import { deskBackendConfig, parseDeskOptions, UsageError } from '../../../../main/cli/cli-options';

// The Request Tracker names (queues, groups, custom fields) as command-line options; checked against
// a real RT in rt-desk.test.ts.
describe('Request Tracker names on the command line', () => {
  const base = ['--backend', 'https://rt.example.com', '--token', '1-14-abcdef', '--backend-kind', 'request-tracker'];

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
    const refusal = (argv: string[]) => {
      try {
        parseDeskOptions(argv, '/data');
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error('expected a usage error');
    };
    expect(refusal(['--rt-security-queue', 'Fraud'])).toBe('--rt-security-queue is for --backend-kind request-tracker, not embedded');
    expect(refusal([...base, '--rt-tags-field', ' '])).toBe('--rt-tags-field takes a Request Tracker name, got " "');
  });
});
