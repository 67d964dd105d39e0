/** Templates shared by the core/whatsapp tests. */
import type { Template } from '../../../core/whatsapp/template';

/** The spec's example: header {{1}}, body {{2}}, one namespace for both. */
export const promoHiver: Template = {
  name: 'promo_hiver',
  language: 'fr',
  category: 'MARKETING',
  status: 'APPROVED',
  components: {
    header: { format: 'TEXT', text: 'Bonjour {{1}}' },
    body: { text: 'Profitez de {{2}} sur toute la collection.' },
    footer: { text: 'Répondez STOP pour vous désinscrire' },
    buttons: [{ type: 'QUICK_REPLY', text: 'Stop promos' }],
  },
};

/** A named-parameter utility template with a URL button. */
export const orderUpdate: Template = {
  name: 'order_update',
  language: 'en',
  category: 'UTILITY',
  status: 'APPROVED',
  components: {
    body: { text: 'Hi {{first_name}}, order {{order_id}} has shipped. Thanks!' },
    buttons: [
      { type: 'URL', text: 'Track', url: 'https://shop.example/track/{{order_id}}' },
      { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+33123456789' },
    ],
  },
};

/** An authentication template in Meta's fixed shape. */
export const otpCode: Template = {
  name: 'otp_code',
  language: 'en',
  category: 'AUTHENTICATION',
  status: 'APPROVED',
  components: {
    body: { text: '{{1}} is your verification code.' },
    footer: { text: 'This code expires in 10 minutes.' },
    buttons: [{ type: 'OTP', text: 'Copy code' }],
  },
};

/** A copy of `template` with its components changed. */
export function withComponents(template: Template, components: Partial<Template['components']>): Template {
  return { ...template, components: { ...template.components, ...components } };
}
