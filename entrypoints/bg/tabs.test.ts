import { describe, expect, it, vi } from 'vitest';

// no storage.session and no action API: the in-memory copy alone, no badge
vi.mock('wxt/browser', () => ({ browser: { storage: {}, runtime: {} } }));
const { getTabState, refreshTabState, setTabState, setTabStateUnlessChanged } = await import('./tabs');

describe('tab state guesses made from an older reading', () => {
  it('do not overwrite what the page reported after that reading (a small page analysed while the tab was asked)', async () => {
    const tab = 11;
    await setTabState(tab, { status: 'on', url: 'http://a.gov.cn/old.html' }, 'zh');
    const seen = await getTabState(tab); // the old page's state, read before the tab is asked
    // the tab is asked for its content script; before the "no receiver" answer, the new page reports itself
    await new Promise((r) => setTimeout(r, 2)); // a later millisecond, as between two messages
    void setTabState(tab, { status: 'running', url: 'http://a.gov.cn/new.html' }, 'zh');
    const reported = setTabState(tab, { status: 'no-tables', url: 'http://a.gov.cn/new.html' }, 'zh');
    const guess = await setTabStateUnlessChanged(tab, seen, { status: 'idle', url: '' }, 'zh');
    await reported;
    expect(guess.status).toBe('no-tables');
    expect(await getTabState(tab)).toMatchObject({ status: 'no-tables', url: 'http://a.gov.cn/new.html' });
  });

  it('apply when nothing came meanwhile (the tab left the page: its state is cleared)', async () => {
    const tab = 12;
    await setTabState(tab, { status: 'on', url: 'http://a.gov.cn/old.html' }, 'zh');
    const seen = await getTabState(tab);
    await setTabStateUnlessChanged(tab, seen, { status: 'idle', url: '' }, 'zh');
    expect(await getTabState(tab)).toMatchObject({ status: 'idle', url: '' });
  });

  it('are decided in the tab\'s queue: an update already queued when the guess is made wins', async () => {
    const tab = 13;
    await setTabState(tab, { status: 'on', url: 'http://a.gov.cn/p.html' }, 'zh');
    const seen = await getTabState(tab);
    await new Promise((r) => setTimeout(r, 2));
    const queued = setTabState(tab, { status: 'running', url: 'http://a.gov.cn/q.html' }, 'zh'); // not yet applied
    const guess = setTabStateUnlessChanged(tab, seen, { status: 'idle', url: '' }, 'zh');
    await Promise.all([queued, guess]);
    expect(await getTabState(tab)).toMatchObject({ status: 'running', url: 'http://a.gov.cn/q.html' });
  });
});

describe('a tab loading: its state refreshed from its content script', () => {
  const noReceiver = { ok: false as const, error: 'Could not establish connection. Receiving end does not exist.' };

  it('keeps what a small page reported while the tab was being asked (the question went before the script was injected)', async () => {
    const tab = 21;
    const url = 'http://a.gov.cn/no-tables.html';
    await refreshTabState(tab, async () => {
      // between the question and the "no receiver" answer: the page's script starts, reads, is analysed
      await new Promise((r) => setTimeout(r, 2));
      await setTabState(tab, { status: 'running', url }, 'zh');
      await setTabState(tab, { status: 'no-tables', url }, 'zh');
      return noReceiver;
    }, 'zh');
    expect(await getTabState(tab)).toMatchObject({ status: 'no-tables', url });
  });

  it('clears the state of a page the tab left (no content script answers, nothing reported)', async () => {
    const tab = 22;
    await setTabState(tab, { status: 'on', url: 'http://a.gov.cn/budget.html' }, 'zh');
    await refreshTabState(tab, async () => noReceiver, 'zh');
    expect(await getTabState(tab)).toMatchObject({ status: 'idle', url: '' });
  });

  it('restores from the content script a state the service worker lost', async () => {
    const tab = 23;
    await refreshTabState(tab, async () => ({ ok: true as const, value: { status: 'on' as const } }), 'zh');
    expect((await getTabState(tab)).status).toBe('on');
  });
});
