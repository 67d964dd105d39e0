import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../../core/journey';
import type { ValidationInput } from '../../../core/rules';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { handleValidationRequest } from '../../../renderer/src/editor/validation/validation-handler';
import type { ValidationRequest, ValidationResponse } from '../../../renderer/src/editor/validation/validation-messages';
import { createWorkerValidator } from '../../../renderer/src/editor/validation/validator';
import { useFindings } from '../../../renderer/src/editor/validation';
import { applyFix } from '../../../renderer/src/editor/fixes';
import { badFixture } from './fixture-journeys';

const file = badFixture('session.outside-window');
const input: ValidationInput = { journey: file.journey, templates: file.templates ?? [], channels: file.channels ?? [] };

describe('the validation worker handler', () => {
  it('answers a request with its id and the findings in the requested language', () => {
    const answer = handleValidationRequest({ id: 7, input: { ...input, language: 'fr' } });
    expect(answer.id).toBe(7);
    expect('findings' in answer && answer.findings.map((f) => f.rule)).toEqual(['session.outside-window']);
    expect('findings' in answer && answer.findings[0]!.message).toContain('message libre');
  });

  it('answers a bug as data instead of throwing', () => {
    const answer = handleValidationRequest({ id: 2, input: { journey: null as unknown as Journey } });
    expect(answer).toMatchObject({ id: 2, error: expect.any(String) });
  });
});

/** A stand-in Worker that answers with the real handler when told to, in any order. */
function fakeWorker() {
  const inbox: ValidationRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<ValidationResponse>) => void) | null,
    onerror: null as ((event: Event) => void) | null,
    onmessageerror: null as ((event: Event) => void) | null,
    terminated: false,
    postMessage: (request: ValidationRequest) => inbox.push(request),
    terminate: () => {
      worker.terminated = true;
    },
    inbox,
    answer(index: number) {
      worker.onmessage?.({ data: handleValidationRequest(inbox[index]!) } as MessageEvent<ValidationResponse>);
    },
  };
  return worker;
}

describe('createWorkerValidator', () => {
  it('delivers only the answer to the latest request, whatever order answers arrive in', async () => {
    const worker = fakeWorker();
    const validator = createWorkerValidator(worker as unknown as Worker);
    let firstSettled = false;
    void validator.validate(input).then(() => (firstSettled = true));
    const second = validator.validate({ ...input, journey: { ...file.journey, nodes: [], edges: [] } });
    worker.answer(1);
    worker.answer(0);
    expect((await second).map((f) => f.rule)).toEqual(['structure.entry-missing']);
    await Promise.resolve();
    expect(firstSettled).toBe(false);
  });
});

describe('a validation worker that fails', () => {
  it('hands the waiting request and every later one to the validator on this thread', async () => {
    const worker = fakeWorker();
    const validator = createWorkerValidator(worker as unknown as Worker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const waiting = validator.validate(input);
    worker.onerror?.(new Event('error'));
    expect((await waiting).map((f) => f.rule)).toEqual(['session.outside-window']);
    expect(worker.terminated).toBe(true);
    const later = await validator.validate({ ...input, journey: { ...file.journey, nodes: [], edges: [] } });
    expect(later.map((f) => f.rule)).toEqual(['structure.entry-missing']);
    // The dead worker was asked once, before it failed.
    expect(worker.inbox).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('useFindings', () => {
  const i18n = createI18n('en');
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

  it('is pending at first, then lists the findings, and follows each change', async () => {
    const templates = file.templates ?? [];
    const channels = file.channels ?? [];
    const { result, rerender } = renderHook(({ journey }) => useFindings(journey, templates, channels, undefined, 10), {
      wrapper,
      initialProps: { journey: file.journey },
    });
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(false));
    const finding = result.current.findings[0]!;
    expect(finding.rule).toBe('session.outside-window');

    const fixed = applyFix(file.journey, finding, 'convert-to-template', { templates, channels });
    rerender({ journey: fixed });
    expect(result.current.pending).toBe(true);
    expect(result.current.findings).toHaveLength(1); // the last findings stay shown meanwhile
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.findings.map((f) => f.rule)).toEqual(['template.parameter-missing']);
  });

  it('writes the findings in the interface language', async () => {
    const fr = createI18n('fr');
    const { result } = renderHook(() => useFindings(file.journey, file.templates ?? [], file.channels ?? [], undefined, 0), {
      wrapper: ({ children }: { children: ReactNode }) => <I18nextProvider i18n={fr}>{children}</I18nextProvider>,
    });
    await waitFor(() => expect(result.current.pending).toBe(false));
    await act(async () => {});
    expect(result.current.findings[0]!.message).toContain('message libre');
  });
});
