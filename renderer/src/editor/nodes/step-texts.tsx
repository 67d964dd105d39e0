/**
 * Texts of the step components, read once per language. A canvas draws hundreds of steps, each
 * with a dozen labels; i18next's `t()` and one `useTranslation` subscription per step cost more
 * than drawing the step (measured: most of the time to open a 1,000-step journey). So the
 * canvas subscribes once, and steps read raw messages from a cache and fill in `{{values}}`.
 */
import type { i18n as I18n } from 'i18next';
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Values = Readonly<Record<string, string | number>>;
/** A message of the editor, by its full key (`editor.types.wait`). */
export type StepText = (key: `editor.${string}`, values?: Values) => string;

export function createStepTexts(i18n: I18n, language: string): StepText {
  const cache = new Map<string, string>();
  return (key, values) => {
    let raw = cache.get(key);
    if (raw === undefined) {
      const found = i18n.getResource(language, 'translation', key) ?? i18n.getResource('en', 'translation', key);
      raw = typeof found === 'string' ? found : key;
      cache.set(key, raw);
    }
    return values ? raw.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(values[name] ?? '')) : raw;
  };
}

const StepTextsContext = createContext<StepText | null>(null);

/** Subscribes to the interface language once, for every step below. */
export function StepTextsProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const texts = useMemo(() => createStepTexts(i18n, language), [i18n, language]);
  return <StepTextsContext.Provider value={texts}>{children}</StepTextsContext.Provider>;
}

export function useStepTexts(): StepText {
  const texts = useContext(StepTextsContext);
  if (!texts) throw new Error('useStepTexts: no StepTextsProvider above this step.');
  return texts;
}
