import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '../../components/overlay.css?inline';
import glyphCss from '../../components/glyphs.css?inline';

export const HOST_TAG = 'ledger-lens-overlay';

export interface OverlayUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** the container inside the shadow root; holds one layer per feature */
  root: HTMLElement;
  layer(id: string): HTMLElement;
  remove(): void;
}

/**
 * The overlay's one element in the page: a shadow host appended to <html> (after <body>, so the
 * page's body markup is never touched), positioned at the document origin with zero size. Styles
 * are isolated both ways: the shadow root resets inherited styles (`all: initial`), and nothing
 * inside applies outside.
 */
export async function mountUi(ctx: ContentScriptContext, layerOrder: readonly string[]): Promise<OverlayUi> {
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'open',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: overlayCss + '\n' + glyphCss,
    onMount: (container) => container,
  });
  ui.mount();
  const root = ui.uiContainer;
  root.className = 'll-root';
  return { host: ui.shadowHost, shadow: ui.shadow, root, layer: layersIn(root, layerOrder), remove: () => ui.remove() };
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

/**
 * The same overlay in one of the extension's own pages (the PDF viewer): no content-script context
 * there, so the shadow root is attached by hand. No page script runs in an extension page (its CSP
 * allows only the extension's own code), so there is nobody to hide the root from.
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
  shadow.append(style, root);
  const layer = layersIn(root, layerOrder);
  parent.append(host);
  return { host, shadow, root, layer, remove: () => host.remove() };
}
