// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellElementAt } from './grid';

describe('cellElementAt (the live table’s grid, cached)', () => {
  it('finds cells under rowspan/colspan and sees a row the page adds afterwards', () => {
    document.body.innerHTML = '<table><tbody><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>';
    const table = document.querySelector('table')!;
    expect(cellElementAt(table, 1, 0)?.textContent).toBe('a');
    expect(cellElementAt(table, 0, 2)?.textContent).toBe('b');
    expect(cellElementAt(table, 1, 2)?.textContent).toBe('d');
    expect(cellElementAt(table, 2, 0)).toBeNull();
    // the page writes a row: the cached grid is not used for it
    const tr = document.createElement('tr');
    for (const x of ['e', 'f', 'g']) tr.appendChild(document.createElement('td')).textContent = x;
    table.tBodies[0]!.appendChild(tr);
    expect(cellElementAt(table, 2, 2)?.textContent).toBe('g');
  });
});
