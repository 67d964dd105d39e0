/**
 * Live rules: the journey's findings, recomputed off the main thread a moment after the last
 * change, in the interface language.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Contact, Journey } from '../../../../core/journey';
import type { Finding } from '../../../../core/rules';
import type { Template } from '../../../../core/whatsapp/template';
import { createValidator, type Validator } from './validator';

/** Quiet time after a change before validating: typing a word validates once, not per key. */
export const VALIDATION_DELAY_MS = 150;

export interface FindingsState {
  findings: Finding[];
  /** True from a change until its findings arrive (the previous findings stay shown meanwhile). */
  pending: boolean;
  /** Set when validation itself failed (a bug): the findings are then the last good ones. */
  error?: string;
}

const NO_FINDINGS: Finding[] = [];

/**
 * The findings of `journey` against the library. Inputs are compared by identity, so pass the
 * same arrays between renders (store selections are) to avoid needless validations.
 */
export function useFindings(
  journey: Journey,
  templates: readonly Template[],
  channels: readonly Channel[],
  audience?: readonly Contact[],
  delayMs: number = VALIDATION_DELAY_MS,
): FindingsState {
  const { i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [state, setState] = useState<FindingsState>({ findings: NO_FINDINGS, pending: true });
  const validator = useRef<Validator | null>(null);

  useEffect(() => {
    const created = createValidator();
    validator.current = created;
    return () => {
      created.dispose();
      validator.current = null;
    };
  }, []);

  useEffect(() => {
    let current = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const timer = setTimeout(() => {
      validator.current?.validate({ journey, templates, channels, ...(audience ? { audience } : {}), language }).then(
        (findings) => current && setState({ findings, pending: false }),
        (error: Error) => current && setState((s) => ({ findings: s.findings, pending: false, error: error.message })),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [journey, templates, channels, audience, language, delayMs]);

  return state;
}
