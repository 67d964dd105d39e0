/** Message templates as Meta models them, in the shape of the journey format spec. */
import { z } from 'zod';

export const TemplateCategory = z.enum(['MARKETING', 'UTILITY', 'AUTHENTICATION'], {
  error: 'expected MARKETING, UTILITY or AUTHENTICATION',
});
export type TemplateCategory = z.infer<typeof TemplateCategory>;

export const TemplateStatus = z.enum(['APPROVED', 'PENDING', 'REJECTED', 'PAUSED', 'DISABLED', 'DRAFT'], {
  error: 'expected APPROVED, PENDING, REJECTED, PAUSED, DISABLED or DRAFT',
});
export type TemplateStatus = z.infer<typeof TemplateStatus>;

export const HeaderFormat = z.enum(['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION'], {
  error: 'expected TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION',
});
export type HeaderFormat = z.infer<typeof HeaderFormat>;

export const ButtonType = z.enum(['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'OTP'], {
  error: 'expected QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE or OTP',
});
export type ButtonType = z.infer<typeof ButtonType>;

export const TemplateButton = z
  .object({
    type: ButtonType,
    text: z.string(),
    url: z.string().optional(),
    phone_number: z.string().optional(),
    example: z.string().optional(),
  })
  .loose();
export type TemplateButton = z.infer<typeof TemplateButton>;

export const TemplateComponents = z
  .object({
    header: z.object({ format: HeaderFormat, text: z.string().optional() }).loose().optional(),
    body: z.object({ text: z.string() }).loose(),
    footer: z.object({ text: z.string() }).loose().optional(),
    buttons: z.array(TemplateButton).optional(),
  })
  .loose();
export type TemplateComponents = z.infer<typeof TemplateComponents>;

export const Template = z
  .object({
    name: z.string().min(1, 'expected a template name'),
    language: z.string().min(1, 'expected a language code such as fr or en_US'),
    category: TemplateCategory,
    status: TemplateStatus,
    businessUnit: z.string().optional(),
    components: TemplateComponents,
    /** Sample values per placeholder, needed only to submit for review. */
    examples: z.record(z.string(), z.string()).optional(),
  })
  .loose();
export type Template = z.infer<typeof Template>;

/** Templates are identified by name and language. */
export function templateKey(name: string, language: string): string {
  return `${name}\u0000${language}`;
}
