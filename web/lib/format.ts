// Dates and times as people read them; the API speaks ISO 8601 in UTC.

const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const relFmt = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "Mar 4, 2026" (local time), or an em dash for no date. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFmt.format(new Date(iso)) : '—';
}

/** "Mar 4, 2026, 14:05" (local time), or an em dash for no date. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFmt.format(new Date(iso)) : '—';
}

/** "3 minutes ago", "in 2 days": for recent activity and expiries. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return relFmt.format(0, 'second');
  if (abs < 3600) return relFmt.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relFmt.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return relFmt.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso);
}

/** The start of a local calendar day (from a yyyy-mm-dd input) as an ISO instant; `plusDays` moves it. */
export function dayStartIso(day: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** A calendar day from the API ("2026-03-04", no time zone) as people read it: "Mar 4, 2026". */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '—';
  const [y, m, d] = day.split('-').map(Number);
  return dateFmt.format(new Date(y, m - 1, d));
}
