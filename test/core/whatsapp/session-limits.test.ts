import { describe, expect, it } from 'vitest';
import type { SessionMessage } from '../../../core/journey/node';
import { checkSessionMessageLimits } from '../../../core/whatsapp/limits';

const codes = (m: SessionMessage) => checkSessionMessageLimits(m).map((i) => `${i.code}@${i.path}`);
const button = (id: string, title = id) => ({ id, title });

describe('checkSessionMessageLimits', () => {
  it.each<[string, SessionMessage, string[]]>([
    ['a short text', { kind: 'text', text: 'Bonjour' }, []],
    ['4096 characters', { kind: 'text', text: 'x'.repeat(4096) }, []],
    ['4097 characters', { kind: 'text', text: 'x'.repeat(4097) }, ['text-too-long@message.text']],
    ['an empty text', { kind: 'text', text: '' }, ['text-missing@message.text']],
    ['three buttons', { kind: 'buttons', text: 'Oui ?', buttons: [button('a'), button('b'), button('c')] }, []],
    ['four buttons', { kind: 'buttons', text: 'Oui ?', buttons: [button('a'), button('b'), button('c'), button('d')] }, ['buttons-too-many@message.buttons']],
    ['no button', { kind: 'buttons', text: 'Oui ?', buttons: [] }, ['buttons-missing@message.buttons']],
    ['a long title', { kind: 'buttons', text: 'Oui ?', buttons: [button('a', 't'.repeat(21))] }, ['button-title-too-long@message.buttons[0].title']],
    ['a long id', { kind: 'buttons', text: 'Oui ?', buttons: [button('i'.repeat(257), 'ok')] }, ['button-id-too-long@message.buttons[0].id']],
    ['duplicate ids', { kind: 'buttons', text: 'Oui ?', buttons: [button('a', 'A'), button('a', 'B')] }, ['button-id-duplicate@message.buttons[1].id']],
    ['duplicate titles', { kind: 'buttons', text: 'Oui ?', buttons: [button('a', 'A'), button('b', 'A')] }, ['button-title-duplicate@message.buttons[1].title']],
    ['a long button body', { kind: 'buttons', text: 'x'.repeat(1025), buttons: [button('a')] }, ['text-too-long@message.text']],
    ['an image with a caption', { kind: 'media', media: 'image', url: 'https://a.example/i.png', caption: 'Hi' }, []],
    ['audio with a caption', { kind: 'media', media: 'audio', url: 'https://a.example/a.ogg', caption: 'Hi' }, ['caption-not-allowed@message.caption']],
    ['a long caption', { kind: 'media', media: 'video', url: 'https://a.example/v.mp4', caption: 'c'.repeat(1025) }, ['caption-too-long@message.caption']],
    ['media without url', { kind: 'media', media: 'document', url: '' }, ['media-url-missing@message.url']],
  ])('%s', (_label, message, expected) => {
    expect(codes(message)).toEqual(expected);
  });
});
