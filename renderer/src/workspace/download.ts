/**
 * Hands a file to the user: the browser's download in the web host, Electron's save dialog in
 * the desktop app (both honour `download` on a link to a blob URL). The URL is revoked after
 * the click has been handled.
 */
export function downloadFile(fileName: string, content: Blob | string, type = 'application/json'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  clickDownload(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Hands over a file the page already holds as a data URL (a canvas image). */
export function downloadDataUrl(fileName: string, dataUrl: string): void {
  clickDownload(fileName, dataUrl);
}

function clickDownload(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Reads a picked file as text (File.text is missing in some test DOMs; FileReader is everywhere). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
