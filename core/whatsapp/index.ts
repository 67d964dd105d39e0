/** WhatsApp Business Platform rules as pure functions: the public surface of core/whatsapp. */
export * from './template';
export * from './business-unit';
export * from './template-edits';
export * from './placeholders';
export * from './send-parameters';
export * from './send-check';
export * from './limits';
export * from './window';
export * from './messaging-limits';
export * from './marketing-caps';
export * from './unique-contact-counter';
export * from './quality';
export * from './throughput';
export * from './errors';
export * from './pricing';
