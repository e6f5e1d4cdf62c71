import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ToContent, fail, ok, type Reply } from '../lib/messages/to-content';
import { autoRunDecision } from '../lib/settings/schema';
import { loadSettings } from './shared/settings';
import { Overlay, pageHost } from './content/controller';
import { contentLifetime } from './content/lifetime';
import { features } from './content/features/registry';

/**
 * Runs by itself on *.gov.cn (manifest) and on sites the user added (registered at runtime with
 * their permission); anywhere else it is injected on the user's request (activeTab). It never
 * throws into the page: every entry point catches and reports.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with window.postMessage
  noScriptStartedPostMessage: true,
  // The WXT context (`main`'s argument) is not used: a page can invalidate it (see content/lifetime.ts).
  async main() {
    let overlay: Overlay | undefined;
    const life = contentLifetime(() => overlay?.inspect() ?? null);
    const settings = loadSettings();
    const ready = settings.then((s) => (overlay = new Overlay(pageHost(life), features, s)));

    // Registered before any await: an on-demand injection is followed at once by a 'run' message.
    const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: Reply<unknown>) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const parsed = ToContent.safeParse(raw);
      if (!parsed.success) {
        sendResponse(fail('bad message'));
        return false;
      }
      const msg = parsed.data;
      ready
        .then(async (o) => {
          switch (msg.type) {
            case 'run':
              return ok(await o.run(msg.reason));
            case 'toggle':
              return ok(await o.toggle());
            case 'set-overlay':
              if (msg.on) return ok(await o.run('manual'));
              o.stop(true);
              return ok(o.state());
            case 'get-state':
              return ok(o.state());
          }
        })
        .then(sendResponse, (e) => sendResponse(fail(e)));
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    life.onEnd(() => browser.runtime.onMessage.removeListener(listener));

    const o = await ready;
    try {
      if (autoRunDecision(location.hostname, await settings) === 'run') await o.run('auto');
    } catch (e) {
      o.report('main', e);
    }
  },
});
