import overlayCss from '../../components/overlay.css?inline';
import glyphCss from '../../components/glyphs.css?inline';
import { fontPlatform, fontStack } from './fonts';

export interface OverlayUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** the container inside the shadow root; holds one layer per feature */
  root: HTMLElement;
  layer(id: string): HTMLElement;
  /** Record the overlay's state where the host's tests read it (the viewer only: see mountUiIn). */
  publish(key: 'status' | 'timings', value: string): void;
  remove(): void;
}

/** Keys typed inside the overlay stay there: the page's shortcuts never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** How often in a short while the page may take the host away before we stop putting it back. */
const MAX_RESTORES = 5;
const RESTORE_WINDOW_MS = 10_000;

/**
 * The overlay's one element in a web page: a shadow host appended to <html> (after <body>, so the
 * page's body markup is never touched), positioned at the document origin with zero size.
 *
 * The page must not be able to read, change or fake what it shows:
 * - the shadow root is closed, so `host.shadowRoot` is null for page scripts; the content script
 *   keeps its own reference (in its isolated world, which the page cannot see);
 * - the host is a plain `<div>` with no attribute: a page can pre-define a custom element name
 *   (its constructor then runs inside our createElement, and can attach a shadow root first), but
 *   it cannot define a built-in element. There is no name or attribute to select it by in advance;
 * - the shadow's `:host { all: initial !important; … }` wins over any page style for the host,
 *   inline `!important` included (important declarations of the inner tree context win);
 * - if the page takes the host out of <html> or sets attributes on it (`inert`, `hidden`, `style`,
 *   children), a MutationObserver on <html> (its child list only) and on the host puts it back; a
 *   page that keeps doing so gets `onLost` after MAX_RESTORES, so the extension says so instead of
 *   claiming an overlay nobody can see.
 */
export function mountUi(layerOrder: readonly string[], onLost: (why: string) => void): OverlayUi {
  const { host, shadow, root } = build(document);
  const parentNow = () => document.documentElement as HTMLElement | null;
  (parentNow() ?? document).append(host);

  const restores: number[] = [];
  let lost = false;
  const observer = new MutationObserver(() => {
    const parent = parentNow();
    const moved = host.parentNode !== parent;
    const foreign = host.attributes.length > 0 || host.childNodes.length > 0;
    if (lost || (!moved && !foreign)) return;
    const now = Date.now();
    while (restores.length && now - restores[0]! > RESTORE_WINDOW_MS) restores.shift();
    if (restores.length >= MAX_RESTORES || !parent) {
      lost = true;
      observer.disconnect();
      host.remove();
      onLost(moved ? 'the page keeps removing the overlay' : 'the page keeps changing the overlay');
      return;
    }
    restores.push(now);
    for (const a of [...host.attributes]) host.removeAttribute(a.name);
    host.replaceChildren();
    if (moved) parent.append(host);
    watch(); // <html> itself may have been replaced
  });
  const watch = () => {
    observer.disconnect();
    observer.observe(document, { childList: true });
    const parent = parentNow();
    if (parent) observer.observe(parent, { childList: true });
    observer.observe(host, { attributes: true, childList: true });
  };
  watch();
  return {
    host,
    shadow,
    root,
    layer: layersIn(root, layerOrder),
    publish: () => undefined,
    remove: () => {
      lost = true;
      observer.disconnect();
      host.remove();
    },
  };
}

/**
 * The same overlay in one of the extension's own pages (the PDF viewer). No page script runs in an
 * extension page (its CSP allows only the extension's own code), so there is nobody to hide the root
 * from: it stays open, and the overlay's state is written on the host for the viewer's tests.
 */
export function mountUiIn(doc: Document, parent: Element, layerOrder: readonly string[]): OverlayUi {
  const host = doc.createElement('div');
  host.className = 'll-host';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = overlayCss + '\n' + glyphCss;
  const root = doc.createElement('div');
  root.className = 'll-root';
  root.dataset.host = 'viewer';
  useLocalFonts(root, doc.defaultView?.navigator);
  shadow.append(style, root);
  parent.append(host);
  return {
    host,
    shadow,
    root,
    layer: layersIn(root, layerOrder),
    publish: (key, value) => void (host.dataset[key] = value),
    remove: () => host.remove(),
  };
}

/** host › closed shadow › html › (head › style) + body.ll-root, the structure the overlay CSS styles. */
function build(doc: Document): { host: HTMLElement; shadow: ShadowRoot; root: HTMLElement } {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  style.textContent = overlayCss + '\n' + glyphCss;
  head.append(style);
  const root = doc.createElement('body');
  root.className = 'll-root';
  useLocalFonts(root, doc.defaultView?.navigator);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  html.append(head, root);
  shadow.append(html);
  return { host, shadow, root };
}

/** This platform's fonts only (see fonts.ts): a family the system lacks costs a lookup per weight in the first layout. */
function useLocalFonts(root: HTMLElement, nav: Navigator | undefined): void {
  if (nav) root.style.setProperty('--ll-font', fontStack(fontPlatform(nav as Navigator & { userAgentData?: { platform?: string } })));
}

/** One layer per feature inside the overlay's root, in drawing order; a late feature gets one on top. */
function layersIn(root: HTMLElement, order: readonly string[]): (id: string) => HTMLElement {
  const layers = new Map<string, HTMLElement>();
  const layer = (id: string) => {
    let l = layers.get(id);
    if (!l) {
      l = root.ownerDocument.createElement('div');
      l.className = 'll-layer';
      l.dataset.layer = id;
      root.append(l);
      layers.set(id, l);
    }
    return l;
  };
  for (const id of order) layer(id);
  return layer;
}
