/** Browser-only download helpers: an object URL behind a clicked <a download>, revoked afterwards. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // revoke after the click has been handled, or some browsers cancel the download
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export function downloadText(fileName: string, text: string, mime = 'text/plain;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** A data: URL (as ECharts' getDataURL gives) as a download. */
export function downloadDataUrl(fileName: string, dataUrl: string): void {
  const [head = '', body = ''] = dataUrl.split(',', 2);
  const mime = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = head.endsWith(';base64') ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(body));
  downloadBlob(fileName, new Blob([bytes], { type: mime }));
}

/** A file name safe on Windows: no \ / : * ? " < > | and no control characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'export';
}
