import { browser } from 'wxt/browser';

/** The viewer page (entrypoints/viewer), opened on a PDF link or empty (local file). */
export function viewerUrl(pdf?: string): string {
  const base = (browser.runtime.getURL as (p: string) => string)('/viewer.html');
  return pdf ? `${base}?file=${encodeURIComponent(pdf)}` : base;
}

/** Links the viewer opens: http(s) and file only. */
export function openableLink(url: string | undefined): url is string {
  return !!url && /^(https?|file):/i.test(url);
}

export async function openViewer(pdf: string | undefined, opener?: { id?: number; index?: number }): Promise<void> {
  await browser.tabs.create({
    url: viewerUrl(openableLink(pdf) ? pdf : undefined),
    ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}),
    ...(opener?.id !== undefined ? { openerTabId: opener.id } : {}),
  });
}

/**
 * Whether the tab shows a PDF in the browser's own viewer (which content scripts cannot reach). Asked
 * of the document itself, so a PDF served from "download.jsp?id=…" counts; needs the tab's access,
 * which the user's click on the toolbar button or shortcut granted (activeTab).
 */
export async function tabShowsPdf(tabId: number, url: string | undefined): Promise<boolean> {
  try {
    const [r] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => document.contentType });
    if (r?.result === 'application/pdf') return true;
    if (typeof r?.result === 'string') return false;
  } catch {
    /* the browser's PDF viewer may refuse scripts: fall back to the address */
  }
  return !!url && /\.pdf($|[?#])/i.test(new URL(url).pathname + (url.includes('?') ? '?' : ''));
}
