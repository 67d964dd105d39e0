import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey, ReplyMatch } from '../../../../core/journey';
import type { Template } from '../../../../core/whatsapp/template';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DurationField } from './DurationField';
import { withData, type FormProps } from './form-props';
import { messagesAt } from './node-issues';
import { StringListEditor } from './StringListEditor';
import { upstreamButtonIds } from './upstream';

export const REPLY_FIELDS = [['data', 'timeout'], ['data', 'match']] as const;

type MatchKind = 'any' | 'keywords' | 'buttons';

function kindOf(match: ReplyMatch | undefined): MatchKind {
  if (!match) return 'any';
  return Array.isArray(match.keywords) ? 'keywords' : 'buttons';
}

/** The keywords or button ids listed (both shapes are loose objects, so read them by kind). */
function listOf(match: ReplyMatch | undefined, kind: MatchKind): string[] {
  const values = kind === 'any' || !match ? undefined : match[kind];
  return Array.isArray(values) ? (values as string[]) : [];
}

export function WaitForReplyForm({ node, issues, onChange, journey, templates }: FormProps<'wait_for_reply'> & { journey: Journey | undefined; templates: readonly Template[] }) {
  const { t } = useTranslation();
  const data = node.data;
  const kind = kindOf(data.match);
  const list = listOf(data.match, kind);
  const buttonIds = useMemo(() => (journey ? upstreamButtonIds(journey, node.id, templates) : []), [journey, node.id, templates]);
  const setMatch = (next: MatchKind, values: string[]) => {
    const { match: _old, ...rest } = data;
    onChange(withData(node, next === 'any' ? rest : { ...rest, match: next === 'keywords' ? { keywords: values } : { buttons: values } }));
  };
  return (
    <>
      <DurationField legend={t('inspector.reply.timeout')} value={data.timeout} issues={messagesAt(issues, REPLY_FIELDS[0])} onChange={(timeout) => onChange(withData(node, { ...data, timeout }))} />
      <ChoiceGroup
        legend={t('inspector.reply.match')}
        choices={(['any', 'keywords', 'buttons'] as const).map((value) => ({ value, label: t(`inspector.reply.${value}`) }))}
        value={kind}
        onChange={(next) => setMatch(next, list)}
      />
      {kind !== 'any' ? (
        <StringListEditor
          label={t(kind === 'keywords' ? 'inspector.reply.keywordList' : 'inspector.reply.buttonList')}
          values={list}
          suggestions={kind === 'buttons' ? buttonIds : []}
          issues={messagesAt(issues, REPLY_FIELDS[1])}
          onChange={(values) => setMatch(kind, values)}
        />
      ) : null}
    </>
  );
}
