/** Templates belong to a business unit and may be sent by every channel of that unit only. */
import type { Channel } from '../journey/channel';
import type { Template } from './template';

/**
 * Whether `channel` may send `template`. A channel or template without a business unit is not
 * restricted (a sample or a file made before units existed); two different units never match.
 * The `template.business-unit` rule and the inspector's template picker both ask this.
 */
export function templateFitsChannel(template: Pick<Template, 'businessUnit'>, channel: Pick<Channel, 'businessUnit'> | undefined): boolean {
  return !channel?.businessUnit || !template.businessUnit || channel.businessUnit === template.businessUnit;
}

/** The templates `channel` may send, in the order given. */
export function templatesForChannel<T extends Pick<Template, 'businessUnit'>>(templates: readonly T[], channel: Pick<Channel, 'businessUnit'> | undefined): T[] {
  return templates.filter((t) => templateFitsChannel(t, channel));
}
