/**
 * Template rules, for every whatsapp_template step: the template exists in the step's language,
 * is approved, gets a value for each placeholder and none for others, belongs to the channel's
 * business unit and keeps to Meta's authoring limits. Free-form messages' limits are reported
 * here too (`template.limits`, variant `session`): they are the same kind of Meta limit.
 */
import type { NodeOf } from '../../journey';
import { templateFitsChannel } from '../../whatsapp/business-unit';
import { checkTemplateLimits, type LimitIssue } from '../../whatsapp/limits';
import { placeholderValue } from '../../whatsapp/placeholders';
import { templateKey, type Template } from '../../whatsapp/template';
import type { RuleContext } from '../context';
import type { RuleId } from '../rule-ids';
import { issuePath, SESSION_MISSING, sessionIssues } from '../session-issues';
import { checkAudienceParameters } from './audience-parameters';
import { limitDetail } from './limit-texts';
import { keysOf } from './placeholder-keys';
import { audienceTranslations, type AudienceTranslations } from './translation';

const STATUS_RULE: Partial<Record<Template['status'], RuleId>> = {
  PENDING: 'template.pending',
  DRAFT: 'template.pending',
  REJECTED: 'template.rejected',
  PAUSED: 'template.paused',
  DISABLED: 'template.disabled',
};

/** Runs every template rule. */
export function checkTemplates(ctx: RuleContext): void {
  const g = ctx.graph;
  for (let i = 0; i < g.nodes.length; i++) {
    const node = g.nodes[i]!;
    if (!g.primary[i]) continue;
    if (node.type === 'whatsapp_template') checkTemplateNode(ctx, node);
    else if (node.type === 'whatsapp_session') checkSessionLimits(ctx, node.id);
  }
}

/**
 * The templates a step sends. With an audience: the translations its contacts receive (their
 * locale first, then the step's language). Without one: the step's language, or every
 * translation when the step leaves the language to each contact's locale.
 */
export function templatesOf(ctx: RuleContext, node: NodeOf<'whatsapp_template'>): readonly Template[] {
  const name = node.data.template;
  if (name === undefined || name.trim() === '') return [];
  const audience = translationsFor(ctx, node);
  if (audience) return audience.used;
  const language = node.data.language;
  if (language === undefined || language.trim() === '') return ctx.translations(name);
  const found = ctx.template(name, language);
  return found ? [found] : [];
}

/** What the audience receives at a step, once per step; undefined without an audience. */
function translationsFor(ctx: RuleContext, node: NodeOf<'whatsapp_template'>): AudienceTranslations | undefined {
  const audience = ctx.audience;
  if (!audience || audience.length === 0) return undefined;
  const cache = ctx.memo('audience-translations', () => new Map<string, AudienceTranslations>());
  let found = cache.get(node.id);
  if (!found) {
    found = audienceTranslations(ctx, node, audience);
    cache.set(node.id, found);
  }
  return found;
}

function checkTemplateNode(ctx: RuleContext, node: NodeOf<'whatsapp_template'>): void {
  const name = node.data.template;
  if (name === undefined || name.trim() === '') return; // structure.config-missing
  const templates = templatesOf(ctx, node);
  const audience = translationsFor(ctx, node);
  if (audience && audience.missing > 0) {
    ctx.report('template.not-found', {
      node: node.id,
      variant: 'audience',
      params: { template: name, count: audience.missing, total: ctx.audience!.length, locales: audience.missingLocales },
      path: ['data', 'language'],
    });
  } else if (!audience && templates.length === 0) {
    reportNotFound(ctx, node, name);
  }
  for (const template of templates) {
    const at = { node: node.id, params: { template: template.name, language: template.language, status: template.status } };
    const statusRule = STATUS_RULE[template.status];
    if (statusRule) ctx.report(statusRule, at);
    checkParameters(ctx, node, template);
    checkBusinessUnit(ctx, node.id, template);
    for (const issue of limitsOf(ctx, template)) {
      ctx.report('template.limits', {
        node: node.id,
        params: { template: template.name, language: template.language, code: issue.code, detail: limitDetail(issue, ctx.language) },
      });
    }
  }
  if (templates.length > 0) checkAudienceParameters(ctx, node, templates);
}

function reportNotFound(ctx: RuleContext, node: NodeOf<'whatsapp_template'>, name: string): void {
  const available = ctx.translations(name).map((t) => t.language);
  const language = node.data.language ?? '';
  const variant = language.trim() === '' ? 'no-translation' : available.length > 0 ? 'other-languages' : 'default';
  ctx.report('template.not-found', {
    node: node.id,
    variant,
    params: { template: name, language, available },
    path: ['data', variant === 'default' ? 'template' : 'language'],
  });
}

function checkParameters(ctx: RuleContext, node: NodeOf<'whatsapp_template'>, template: Template): void {
  const values = node.data.parameters ?? {};
  const keys = keysOf(ctx, template);
  for (const key of keys.list) {
    const value = placeholderValue(values, key);
    if (value !== undefined && value.trim() !== '') continue;
    ctx.report('template.parameter-missing', {
      node: node.id,
      variant: value === undefined ? 'default' : 'empty',
      params: { template: template.name, language: template.language, key },
      path: ['data', 'parameters', key],
    });
  }
  for (const key in values) {
    if (!Object.hasOwn(values, key) || keys.set.has(key)) continue;
    ctx.report('template.parameter-unknown', {
      node: node.id,
      params: { template: template.name, language: template.language, key },
      path: ['data', 'parameters', key],
    });
  }
}

function checkBusinessUnit(ctx: RuleContext, node: string, template: Template): void {
  const channel = ctx.channel;
  // The unit checks narrow the types for the message; the rule itself is templateFitsChannel.
  if (!channel?.businessUnit || !template.businessUnit || templateFitsChannel(template, channel)) return;
  ctx.report('template.business-unit', {
    node,
    params: { template: template.name, language: template.language, templateUnit: template.businessUnit, channel: channel.id, channelUnit: channel.businessUnit },
  });
}

/** Limit issues of a template, computed once however many steps send it. */
function limitsOf(ctx: RuleContext, template: Template): readonly LimitIssue[] {
  const cache = ctx.memo('template-limits', () => new Map<string, readonly LimitIssue[]>());
  const key = templateKey(template.name, template.language);
  let issues = cache.get(key);
  if (issues === undefined) {
    issues = checkTemplateLimits(template);
    cache.set(key, issues);
  }
  return issues;
}

function checkSessionLimits(ctx: RuleContext, node: string): void {
  for (const issue of sessionIssues(ctx).get(node) ?? []) {
    if (Object.hasOwn(SESSION_MISSING, issue.code)) continue; // structure.config-missing
    ctx.report('template.limits', {
      node,
      variant: 'session',
      params: { code: issue.code, detail: limitDetail(issue, ctx.language) },
      path: ['data', ...issuePath(issue.path)],
    });
  }
}
