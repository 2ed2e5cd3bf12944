// The list of cases, grouped by kind, with each one's status and review mark, filtered by the
// search box (title, id, file name) and the status menu.
export const STATUS_NAMES = { valid: '有效', invalid: '无效', approved: '已通过', returned: '已退回' };

/** One status per case: invalid first (a mark on an invalid case no longer holds), then the mark, then valid. */
export function statusOf(entry) {
  if (entry.status === 'invalid') return 'invalid';
  return entry.review?.status ?? 'valid';
}

export const changedSinceMark = (entry) => !!(entry.review?.digest && entry.digest && entry.review.digest !== entry.digest);

function matches(entry, text, status) {
  const s = statusOf(entry);
  if (status === 'unreviewed' ? entry.review : status && s !== status) return false;
  if (!text) return true;
  const hay = [entry.title, entry.id, entry.file, entry.kindName, entry.review?.comment].filter(Boolean).join(' ').toLowerCase();
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

export function renderCaseList(container, counts, entries, { selectedKey, text, status, onSelect }) {
  const shown = entries.filter((e) => matches(e, text, status));
  const byKind = new Map();
  for (const entry of shown) {
    if (!byKind.has(entry.kindName)) byKind.set(entry.kindName, []);
    byKind.get(entry.kindName).push(entry);
  }
  const groups = [...byKind.entries()].map(([kindName, list]) => {
    const group = document.createElement('section');
    group.className = 'kind-group';
    const heading = document.createElement('h3');
    heading.textContent = `${kindName}（${list.length}）`;
    group.append(heading, ...list.map((entry) => item(entry, entry.key === selectedKey, onSelect)));
    return group;
  });
  container.replaceChildren(...groups);
  const tally = { valid: 0, invalid: 0, approved: 0, returned: 0 };
  for (const entry of entries) tally[statusOf(entry)] += 1;
  counts.textContent = `共 ${entries.length} 份：有效 ${tally.valid}，无效 ${tally.invalid}，已通过 ${tally.approved}，已退回 ${tally.returned}${shown.length !== entries.length ? `；显示 ${shown.length} 份` : ''}`;
}

function item(entry, selected, onSelect) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `case-item${selected ? ' selected' : ''}`;
  button.dataset.key = entry.key;
  const status = statusOf(entry);
  button.dataset.status = status;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = entry.title ?? entry.id ?? entry.file;
  name.title = name.textContent;
  const sub = document.createElement('span');
  sub.className = 'sub';
  const badge = document.createElement('span');
  badge.className = `badge ${status}`;
  badge.textContent = STATUS_NAMES[status] + (changedSinceMark(entry) ? '（后有改动）' : '');
  if (entry.review?.comment) badge.title = `意见：${entry.review.comment}`;
  const where = document.createElement('span');
  where.textContent = [entry.id, entry.file + (entry.pointer ? `#${entry.pointer}` : '')].filter(Boolean).join(' · ');
  sub.append(badge, where);
  button.append(name, sub);
  button.addEventListener('click', () => onSelect(entry.key));
  return button;
}
