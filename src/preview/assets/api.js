// The preview server's HTTP API, as the page uses it. Marks go out with the session token the
// server put in the page (meta gongwen-token): another site cannot read it, so cannot post marks.
const token = document.querySelector('meta[name="gongwen-token"]')?.getAttribute('content') ?? '';

/** A case file's relative path as URL segments, each percent-encoded. */
export const filePath = (file) => file.split('/').map(encodeURIComponent).join('/');

const pointerQuery = (entry) => `pointer=${encodeURIComponent(entry.pointer)}`;

async function json(response) {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

export const fetchCases = () => fetch('/api/cases', { cache: 'no-store' }).then(json);

export const fetchDocument = (entry) =>
  fetch(`/api/document/${filePath(entry.file)}?${pointerQuery(entry)}`, { cache: 'no-store' }).then(json);

export async function fetchPdf(entry) {
  const response = await fetch(`/files/${filePath(entry.file)}?${pointerQuery(entry)}&format=pdf`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export const downloadUrl = (entry, format) => `/files/${filePath(entry.file)}?${pointerQuery(entry)}&format=${format}&download=1`;

export const sourceUrl = (entry) => `/source/${filePath(entry.file)}`;

/** status: 'approved' | 'returned' | 'none'. */
export async function postReview(entry, status, comment) {
  const response = await fetch('/api/review', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gongwen-token': token },
    body: JSON.stringify({ file: entry.file, pointer: entry.pointer, status, comment }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `${response.status}`);
  return body;
}

/** Server-sent events: onChange after edits on disk, onReviews after a mark, onState(connected). */
export function subscribe({ onChange, onReviews, onState }) {
  const source = new EventSource('/api/events');
  source.addEventListener('open', () => onState(true));
  source.addEventListener('error', () => onState(false));
  source.addEventListener('change', (event) => onChange(JSON.parse(event.data)));
  source.addEventListener('reviews', (event) => onReviews(JSON.parse(event.data)));
  return source;
}
