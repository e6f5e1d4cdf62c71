/** Text for HTML element content and quoted attribute values. Page text is hostile: every page-derived string goes through this. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
