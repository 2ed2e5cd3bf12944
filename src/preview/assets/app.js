// The reviewer preview page: the case list, the selected document (pdfView), its check result,
// validation problems in place of an invalid document, downloads, review marks, and live reload
// from the server's events (keeping the page and scroll position).
import { downloadUrl, fetchCases, fetchDocument, fetchPdf, postReview, sourceUrl, subscribe } from './api.js';
import { renderCaseList, statusOf } from './caseList.js';
import { renderCheck, renderFailure, renderIssues, renderMark } from './panels.js';
import { PdfView } from './pdfView.js';

const $ = (id) => document.getElementById(id);
const state = { entries: [], selectedKey: undefined, selection: 0 };

const view = new PdfView({
  pages: $('doc-pages'),
  thumbs: $('thumbs'),
  scroller: $('doc-scroll'),
  onPosition: (page, count) => ($('page-position').textContent = `第 ${page} / ${count} 页`),
  onPages: (count, zoom) => {
    $('page-count').textContent = `共 ${count} 页`;
    $('zoom-level').textContent = `${Math.round(zoom * 100)}%`;
  },
});

function drawList() {
  renderCaseList($('case-list'), $('counts'), state.entries, {
    selectedKey: state.selectedKey,
    text: $('filter').value.trim(),
    status: $('status-filter').value,
    onSelect: (key) => select(key),
  });
}

async function loadCases() {
  const cases = await fetchCases();
  state.entries = cases.entries;
  $('folder').textContent = cases.dir;
  document.body.dataset.version = String(cases.version);
  drawList();
}

const selected = () => state.entries.find((e) => e.key === state.selectedKey);

function showOnly({ document: doc, issues, failure }) {
  $('doc-pages').hidden = !doc;
  $('thumbs').hidden = !doc;
  $('check-panel').hidden = !doc;
  $('doc-tools').hidden = !doc;
  $('issues').hidden = !issues;
  $('render-error').hidden = !failure;
}

/** Shows a case; keep = the reader's place in the same document, on a live reload. */
async function select(key, keep) {
  const selection = ++state.selection;
  state.selectedKey = key;
  const entry = selected();
  if (!entry) {
    view.clear();
    $('case-view').hidden = true;
    $('empty').hidden = false;
    $('empty').textContent = key ? '所选案件已不存在（文件已改名或删除）' : '请在左侧选择一份公文';
    drawList();
    return;
  }
  history.replaceState(null, '', `#${encodeURIComponent(key)}`);
  drawList();
  $('empty').hidden = true;
  $('case-view').hidden = false;
  $('case-title').textContent = entry.title ?? entry.id ?? entry.file;
  $('case-meta').textContent = [entry.kindName, entry.id, entry.file + (entry.pointer ? `#${entry.pointer}` : '')].filter(Boolean).join(' · ');
  showMark(entry);
  $('approve').disabled = entry.status === 'invalid';
  $('return').disabled = entry.status === 'invalid';
  $('review-message').textContent = '';
  if (entry.status === 'invalid') {
    view.clear();
    renderIssues($('issues'), entry, sourceUrl(entry));
    showOnly({ issues: true });
    return;
  }
  if (!keep) {
    view.clear();
    $('check-panel').replaceChildren();
  }
  $('page-count').textContent = '正在生成…';
  // The PDF comes before its check report: draw it as soon as it arrives.
  const pdf = fetchPdf(entry).catch(() => undefined);
  const doc = fetchDocument(entry);
  const drawn = pdf.then(async (bytes) => {
    if (!bytes || selection !== state.selection) return;
    showOnly({ document: true });
    $('download-docx').href = downloadUrl(entry, 'docx');
    $('download-pdf').href = downloadUrl(entry, 'pdf');
    await view.show(bytes, keep);
  });
  const info = await doc;
  if (selection !== state.selection) return;
  if (!info.render.ok) {
    view.clear();
    renderFailure($('render-error'), info.render.message);
    showOnly({ failure: true });
    return;
  }
  if (info.render.title) $('case-title').textContent = info.render.title;
  renderCheck($('check-panel'), info.render, (page) => view.restore({ page, within: 0 }));
  await drawn;
}

function showMark(entry) {
  renderMark($('review-mark'), entry);
  $('clear-mark').disabled = !entry.review;
}

async function mark(status) {
  const entry = selected();
  if (!entry) return;
  try {
    await postReview(entry, status, $('review-comment').value);
    $('review-message').textContent = status === 'none' ? '已撤销标记' : '已保存';
    $('review-comment').value = '';
    await loadCases();
    const now = selected();
    if (now) showMark(now);
  } catch (error) {
    $('review-message').textContent = `未保存：${error.message}`;
  }
}

$('filter').addEventListener('input', drawList);
$('status-filter').addEventListener('change', drawList);
$('approve').addEventListener('click', () => mark('approved'));
$('return').addEventListener('click', () => mark('returned'));
$('clear-mark').addEventListener('click', () => mark('none'));
$('zoom-in').addEventListener('click', () => view.zoomStep(1));
$('zoom-out').addEventListener('click', () => view.zoomStep(-1));
$('zoom-fit').addEventListener('click', () => view.setZoom(undefined));

subscribe({
  onState: (on) => {
    $('live').textContent = on ? '● 实时更新' : '○ 连接中断，重连中';
    $('live').classList.toggle('on', on);
  },
  onChange: async ({ rerender }) => {
    const key = state.selectedKey;
    const before = selected();
    const keep = key && view.pageCount ? view.position() : undefined;
    await loadCases();
    if (!key) return;
    const now = selected();
    if (!now) {
      // A file that became invalid has one entry for the whole file: show that one.
      const sameFile = before && state.entries.find((e) => e.file === before.file);
      if (sameFile) return select(sameFile.key);
      return select(key);
    }
    // Another file changed: this document's drawing still holds.
    const unchanged = (e) => JSON.stringify({ ...e, review: undefined });
    if (!rerender && before && unchanged(before) === unchanged(now)) return showMark(now);
    await select(key, keep);
  },
  onReviews: async () => {
    await loadCases();
    const entry = selected();
    if (entry) showMark(entry);
  },
});

await loadCases();
const fromHash = decodeURIComponent(location.hash.slice(1));
if (fromHash && state.entries.some((e) => e.key === fromHash)) await select(fromHash);
