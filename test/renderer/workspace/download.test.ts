import { describe, expect, it, vi } from 'vitest';
import { downloadDataUrl, downloadFile, readFileText } from '../../../renderer/src/workspace/download';

describe('handing a file to the user', () => {
  it('downloads a data URL under the file name', () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadDataUrl('welcome-series.png', 'data:image/png;base64,AAAA');
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['welcome-series.png', 'data:image/png;base64,AAAA']]);
    click.mockRestore();
  });

  it('downloads a text through a blob URL it revokes afterwards', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const create = vi.fn((blob: Blob) => (created.push(blob), 'blob:journey-1'));
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadFile('welcome.journey.json', '{"id":"welcome"}', 'application/json');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:journey-1');
    click.mockRestore();
    vi.useRealTimers();
    expect(created[0]!.type).toBe('application/json');
    expect(await readFileText(created[0]!)).toBe('{"id":"welcome"}');
  });
});
