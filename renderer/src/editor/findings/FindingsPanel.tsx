/**
 * The findings panel: the journey's findings grouped by severity. Each names its step (a click
 * selects it), says why the rule exists in the interface language, and offers the standard
 * fixes; the editor applies a fix through its undoable store.
 */
import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../../core/journey';
import type { Finding, Language, Severity } from '../../../../core/rules';
import { availableFixIds, fixIdsFor, type FixId } from '../fixes';
import { FindingItem } from './FindingItem';
import './findings.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type FindingsPanelProps = {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding, fixId: FixId) => void;
  /** With the journey, steps are named by type and only fixes that apply are offered. */
  journey?: Journey;
  /** True while a newer validation is on its way (the list shown is the previous one). */
  pending?: boolean;
};

export function FindingsPanel({ findings, onSelect, onFix, journey, pending = false }: FindingsPanelProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language: Language = i18n.language === 'fr' ? 'fr' : 'en';
  // The list follows the journey and findings in a deferred render, so a big journey's many
  // findings never hold up a keystroke or a drag frame; the previous list stays meanwhile.
  const listJourney = useDeferredValue(journey);
  const listFindings = useDeferredValue(findings);
  const types = useMemo(() => new Map(listJourney?.nodes.map((n) => [n.id, n.type]) ?? []), [listJourney]);
  const place = (f: Finding): string => {
    if (f.node !== undefined) {
      const type = types.get(f.node);
      return type ? `${t(`editor.types.${type}`)} ${f.node}` : f.node;
    }
    if (f.edge !== undefined) return t('findings.connection', { edge: f.edge });
    return t('findings.journey');
  };
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;

  return (
    <section className="findings-panel" aria-labelledby={titleId} aria-busy={pending}>
      <div className="findings-header">
        <h2 id={titleId}>{t('findings.title')}</h2>
        <p className="findings-count" role="status">
          {pending ? t('findings.checking') : t('findings.count', { errors: count('error'), warnings: count('warning') })}
        </p>
      </div>
      {findings.length === 0 && !pending ? <p className="findings-none">{t('findings.none')}</p> : null}
      {SEVERITIES.map((severity) => {
        const indexes = listFindings.flatMap((f, i) => (f.severity === severity ? [i] : []));
        if (indexes.length === 0) return null;
        return (
          <section key={severity} className={`findings-group findings-group-${severity}`} aria-label={t(`findings.${severity}`)}>
            <h3>
              {t(`findings.${severity}`)} ({indexes.length})
            </h3>
            <ul className="findings-list">
              {indexes.map((i) => {
                const f = listFindings[i]!;
                return (
                  <FindingItem
                    key={`${f.rule}|${f.node ?? ''}|${f.edge ?? ''}|${i}`}
                    finding={f}
                    place={place(f)}
                    fixes={listJourney ? availableFixIds(f, listJourney) : fixIdsFor(f)}
                    language={language}
                    onSelect={onSelect}
                    onFix={onFix}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
