/** The essence of a step in a line or two: what a marketer needs to read the journey at a glance. */
import { useStepTexts } from './step-texts';
import type { Duration, JourneyNode, NodeOf } from '../../../../core/journey';
import { TemplateChip } from './TemplateChip';

function useDuration() {
  const t = useStepTexts();
  return (d: Duration | undefined, key: 'waitFor' | 'replyTimeout') =>
    d
      ? t(`editor.summary.${key}`, { amount: d.amount, unit: t(Math.abs(d.amount) === 1 ? `editor.summary.unit.${d.unit}` : `editor.summary.units.${d.unit}`) })
      : t('editor.summary.notSet');
}

function EntrySummary({ node }: { node: NodeOf<'entry'> }) {
  const t = useStepTexts();
  const d = node.data;
  if (d.source === 'audience') return <p>{t('editor.summary.entryAudience')}</p>;
  if (d.source === 'event') return <p>{t('editor.summary.entryEvent', { event: d.event ?? '…' })}</p>;
  if (d.fromAd) return <p>{t('editor.summary.entryAd')}</p>;
  return <p>{d.keyword ? t('editor.summary.entryKeyword', { keyword: d.keyword }) : t('editor.summary.entryInbound')}</p>;
}

function SessionSummary({ node }: { node: NodeOf<'whatsapp_session'> }) {
  const t = useStepTexts();
  const m = node.data.message;
  if (!m) return <p className="step-missing">{t('editor.summary.noText')}</p>;
  if (m.kind === 'media') return <p className="step-quote">{m.caption || t('editor.summary.media', { media: m.media })}</p>;
  return (
    <>
      <p className={m.text ? 'step-quote' : 'step-missing'}>{m.text || t('editor.summary.noText')}</p>
      {m.kind === 'buttons' && <p className="step-meta">{t('editor.summary.buttons', { count: m.buttons.length })}</p>}
    </>
  );
}

function ReplySummary({ node }: { node: NodeOf<'wait_for_reply'> }) {
  const t = useStepTexts();
  const duration = useDuration();
  const match = node.data.match;
  const keywords = match && 'keywords' in match ? (match.keywords as string[]) : undefined;
  const buttons = match && 'buttons' in match ? (match.buttons as string[]) : undefined;
  const list = keywords
    ? t('editor.summary.keywords', { list: keywords.join(', ') })
    : buttons
      ? t('editor.summary.buttonIds', { list: buttons.join(', ') })
      : t('editor.summary.anyReply');
  return (
    <>
      <p className="step-strong">{duration(node.data.timeout, 'replyTimeout')}</p>
      <p className="step-meta">{list}</p>
    </>
  );
}

function WaitSummary({ node }: { node: NodeOf<'wait'> }) {
  const t = useStepTexts();
  const duration = useDuration();
  const d = node.data;
  if (d.mode === 'duration') return <p className="step-strong">{duration(d.duration, 'waitFor')}</p>;
  if (d.mode === 'until') return <p className="step-strong">{d.at ? t('editor.summary.waitUntil', { at: d.at.slice(0, 16).replace('T', ' ') }) : t('editor.summary.notSet')}</p>;
  return <p className="step-strong">{d.time ? t('editor.summary.waitTimeOfDay', { time: d.time }) : t('editor.summary.notSet')}</p>;
}

function UpdateSummary({ node }: { node: NodeOf<'update_contact'> }) {
  const t = useStepTexts();
  const keys = Object.keys(node.data.set ?? {});
  const consent = node.data.consent;
  if (keys.length === 0 && !consent) return <p className="step-missing">{t('editor.summary.nothing')}</p>;
  return (
    <>
      {keys.length > 0 && <p>{t('editor.summary.setAttributes', { list: keys.join(', ') })}</p>}
      {consent && <p className="step-meta">{t(consent === 'opt_out' ? 'editor.summary.consentOptOut' : 'editor.summary.consentOptIn')}</p>}
    </>
  );
}

export function StepSummary({ node }: { node: JourneyNode }) {
  const t = useStepTexts();
  switch (node.type) {
    case 'entry':
      return <EntrySummary node={node} />;
    case 'whatsapp_template':
      return <TemplateChip node={node} />;
    case 'whatsapp_session':
      return <SessionSummary node={node} />;
    case 'wait':
      return <WaitSummary node={node} />;
    case 'wait_for_reply':
      return <ReplySummary node={node} />;
    case 'split_engagement': {
      const { metric, message } = node.data;
      if (!message) return <p className="step-missing">{t('editor.summary.noMessage')}</p>;
      return <p>{t('editor.summary.engagement', { metric: t(`editor.summary.metrics.${metric ?? 'read'}`), message })}</p>;
    }
    case 'update_contact':
      return <UpdateSummary node={node} />;
    case 'exit':
      return <p className="step-meta">{t('editor.summary.exit')}</p>;
    default:
      // Splits by attribute or at random show their branches as labelled outputs.
      return null;
  }
}
