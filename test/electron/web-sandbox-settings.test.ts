import { describe, expect, it } from 'vitest';
import { describeSandboxSettings, SANDBOX_MPS_ENV, SANDBOX_REVIEW_DELAY_ENV, sandboxSettingsFrom } from '../../electron/host/web/sandbox-settings';
import { runNode } from './run-process';

const webCli = ['--import', 'tsx', 'electron/host/web/web-cli.ts'];

describe('the app sandbox settings of npm run web', () => {
  it('takes the flags, else the environment, and leaves unset ones to the sandbox’s defaults', () => {
    expect(sandboxSettingsFrom({}, {})).toEqual({});
    expect(sandboxSettingsFrom({ 'sandbox-review-delay': '60000', 'sandbox-mps': '5' }, {})).toEqual({ reviewDelayMs: 60_000, mps: 5 });
    expect(sandboxSettingsFrom({}, { [SANDBOX_REVIEW_DELAY_ENV]: '0', [SANDBOX_MPS_ENV]: '1000' })).toEqual({ reviewDelayMs: 0, mps: 1_000 });
    expect(sandboxSettingsFrom({ 'sandbox-mps': '20' }, { [SANDBOX_REVIEW_DELAY_ENV]: '1500', [SANDBOX_MPS_ENV]: '7' })).toEqual({ reviewDelayMs: 1_500, mps: 20 });
  });

  it('says at start what the trainer changed, and nothing for the defaults', () => {
    expect(describeSandboxSettings({})).toBeUndefined();
    expect(describeSandboxSettings({ reviewDelayMs: 60_000, mps: 5 })).toBe('The built-in sandbox reviews templates after 60000 ms and takes 5 messages per second.');
    expect(describeSandboxSettings({ mps: 1 })).toBe('The built-in sandbox takes 1 message per second.');
  });

  it('names the flag or variable a bad value came from', () => {
    expect(() => sandboxSettingsFrom({ 'sandbox-review-delay': 'a minute' }, {})).toThrow("invalid --sandbox-review-delay 'a minute': expected milliseconds from 0 to 86400000");
    expect(() => sandboxSettingsFrom({ 'sandbox-review-delay': '86400001' }, {})).toThrow(/--sandbox-review-delay '86400001'/);
    expect(() => sandboxSettingsFrom({ 'sandbox-mps': '0' }, {})).toThrow("invalid --sandbox-mps '0': expected messages per second from 1 to 1000");
    expect(() => sandboxSettingsFrom({}, { [SANDBOX_MPS_ENV]: '2.5' })).toThrow(`invalid ${SANDBOX_MPS_ENV} '2.5'`);
    expect(() => sandboxSettingsFrom({}, { [SANDBOX_REVIEW_DELAY_ENV]: '-1' })).toThrow(`invalid ${SANDBOX_REVIEW_DELAY_ENV} '-1'`);
  });

  it('documents both flags and their variables in the help, and refuses a bad value with one line and exit 2', async () => {
    const help = await runNode([...webCli, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--sandbox-review-delay MS[\s\S]*WAJOURNEY_SANDBOX_REVIEW_DELAY_MS/);
    expect(help.stdout).toMatch(/--sandbox-mps N[\s\S]*WAJOURNEY_SANDBOX_MPS/);
    const bad = await runNode([...webCli, '--sandbox-mps', 'fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("web: invalid --sandbox-mps 'fast': expected messages per second from 1 to 1000");
  }, 60_000);
});
