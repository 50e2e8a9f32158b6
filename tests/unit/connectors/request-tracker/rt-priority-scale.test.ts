import { describe, expect, it } from 'vitest';
import { deskBackendConfig, parseDeskOptions } from '../../../../main/cli/cli-options';
import { deskOptionsRefusal, RT_DESK_ARGS } from '../../../support/desk-options';
import {
  DEFAULT_RT_PRIORITIES,
  formatRtPriorityScale,
  parseRtPriorityScale,
  priorityFromRt,
  priorityToRt,
  type RtPriorityScale,
} from '../../../../main/services/connectors/request-tracker/rt-field-maps';
import { PRIORITIES } from '../../../../preload/contract/domain-types';

// RT's priority is a number on a scale each RT chooses; the desk maps it onto its four steps
// (a scale starting below zero is written --rt-priorities=-50,0,50,100: a value may not start with '-')
// (README, "Connecting Request Tracker"). Escalation writes the scale's urgent number: rt-desk.test.ts.

const STOCK_NAMED: RtPriorityScale = { low: -50, normal: 0, high: 50, urgent: 100 };

describe('the RT priority scale', () => {
  it('writes each step as its number and reads it back, for the default and for other scales', () => {
    for (const scale of [DEFAULT_RT_PRIORITIES, STOCK_NAMED, { low: 1, normal: 2, high: 3, urgent: 4 }]) {
      for (const priority of PRIORITIES) expect(priorityFromRt(priorityToRt(priority, scale), scale)).toBe(priority);
    }
  });

  it('keeps the default the desk always wrote: 0, 50, 75, 100, split at the midpoints', () => {
    expect(PRIORITIES.map((p) => priorityToRt(p))).toEqual([0, 50, 75, 100]);
    expect([0, 24, 25, 62, 63, 87, 88, 100, 250].map((n) => priorityFromRt(n))).toEqual(['low', 'low', 'normal', 'normal', 'high', 'high', 'urgent', 'urgent', 'urgent']);
    expect(priorityFromRt(Number.NaN)).toBe('low');
  });

  it("reads a stock RT's Low 0 as normal and its High 100 as urgent on a scale that says so, and numbers beyond either end as its end", () => {
    expect([-1000, -26, -25, 0, 24, 25, 50, 74, 75, 100, 900].map((n) => priorityFromRt(n, STOCK_NAMED))).toEqual([
      'low', 'low', 'normal', 'normal', 'normal', 'high', 'high', 'high', 'urgent', 'urgent', 'urgent',
    ]);
  });

  it('parses "low,normal,high,urgent" and refuses anything else with a sentence', () => {
    expect(parseRtPriorityScale('0,25,50,75')).toEqual({ low: 0, normal: 25, high: 50, urgent: 75 });
    expect(parseRtPriorityScale(' -50, 0 ,50,100')).toEqual(STOCK_NAMED);
    expect(formatRtPriorityScale(STOCK_NAMED)).toBe('-50,0,50,100');
    expect(parseRtPriorityScale('0,50,100')).toBe('four whole numbers for low, normal, high and urgent, e.g. 0,50,75,100; got "0,50,100"');
    expect(parseRtPriorityScale('0,50,7.5,100')).toMatch(/^four whole numbers/);
    expect(parseRtPriorityScale('0,50,50,100')).toBe('the numbers for low, normal, high and urgent must each be above the one before; got "0,50,50,100"');
    expect(parseRtPriorityScale('100,75,50,0')).toMatch(/each be above the one before/);
  });
});

describe('--rt-priorities', () => {
  const base = RT_DESK_ARGS;

  it('passes the scale to the connector configuration, and none when not given', () => {
    const options = parseDeskOptions([...base, '--rt-priorities=-50,0,50,100'], '/data');
    expect(deskBackendConfig(options, 'https://rt.example.com', '1-14-abcdef')).toEqual({ kind: 'request-tracker', url: 'https://rt.example.com', token: '1-14-abcdef', priorities: STOCK_NAMED });
    expect(deskBackendConfig(parseDeskOptions(base, '/data'), 'https://rt.example.com', '1-14-abcdef')).not.toHaveProperty('priorities');
  });

  it('refuses a malformed scale, and the option for another kind of backend', () => {
    expect(deskOptionsRefusal([...base, '--rt-priorities', '0,50'])).toBe('--rt-priorities takes four whole numbers for low, normal, high and urgent, e.g. 0,50,75,100; got "0,50"');
    expect(deskOptionsRefusal(['--rt-priorities', '0,50,75,100'])).toBe('--rt-priorities is for --backend-kind request-tracker, not embedded');
  });
});
