// The panels beside and instead of the document: the gongwen check result, the validation
// problems of an invalid case (JSON pointer + message), a render failure, and the review mark.
import { changedSinceMark, STATUS_NAMES } from './caseList.js';

const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
};

export function renderCheck(panel, render, onPage) {
  const { check, checkText, warnings } = render;
  const verdict = check.ok
    ? `符合 GB/T 9704-2012：共 ${check.pages} 页，${check.warnings} 条提示`
    : `不符合 GB/T 9704-2012：${check.errors} 处错误，${check.warnings} 条提示（共 ${check.pages} 页）`;
  const lines = checkText.split('\n').slice(1).map((line) => line.trim()).filter((line) => line && !/^(错误|提示)/.test(line));
  const findings = check.findings.map((finding) => {
    const li = el('li', { className: finding.severity });
    const where = finding.page ? el('a', { href: '#', textContent: `第${finding.page}页` }) : el('span', { textContent: '全文' });
    if (finding.page) where.addEventListener('click', (event) => (event.preventDefault(), onPage(finding.page)));
    li.append(`${finding.severity === 'error' ? '错误' : '提示'} · `, where, `：${finding.message.zh}`);
    return li;
  });
  panel.replaceChildren(
    el('h3', { textContent: '版式检查（gongwen check）' }),
    el('div', { className: `verdict ${check.ok ? 'ok' : 'bad'}`, id: 'check-verdict', textContent: verdict }),
    el('ul', { className: 'figures' }, ...lines.map((line) => el('li', { textContent: line }))),
    findings.length ? el('ul', { className: 'findings' }, ...findings) : el('p', { className: 'muted', textContent: '无错误、无提示。' }),
    ...(warnings.length ? [el('h3', { textContent: '排版提示' }), el('ul', { className: 'findings' }, ...warnings.map((w) => el('li', { className: 'warning', textContent: w })))] : []),
  );
}

export function renderIssues(container, entry, sourceHref) {
  const located = entry.issues.some((issue) => issue.line !== undefined);
  const rows = entry.issues.map((issue) =>
    el(
      'tr',
      {},
      el('td', {}, el('code', { textContent: issue.pointer === '' ? '（整个文件）' : issue.pointer })),
      ...(located ? [el('td', { textContent: issue.line !== undefined ? `第${issue.line}行第${issue.column}列` : '' })] : []),
      el('td', { textContent: issue.message }),
    ),
  );
  const heads = ['字段（JSON 指针）', ...(located ? ['位置'] : []), '问题'];
  container.replaceChildren(
    el('h3', { textContent: `案件文件有误，无法生成公文（${entry.issues.length} 处）` }),
    el('p', { className: 'muted' }, `文件：${entry.file}　`, el('a', { href: sourceHref, target: '_blank', rel: 'noopener', textContent: '查看源文件' })),
    el('table', { className: 'issue-table' }, el('thead', {}, el('tr', {}, ...heads.map((head) => el('th', { textContent: head })))), el('tbody', {}, ...rows)),
  );
}

export function renderFailure(container, message) {
  container.replaceChildren(el('h3', { textContent: '生成失败' }), el('pre', { textContent: message }));
}

export function renderMark(target, entry) {
  const review = entry.review;
  if (!review) {
    target.textContent = '';
    target.className = 'mark';
    return;
  }
  const when = new Date(review.at).toLocaleString('zh-CN', { hour12: false });
  target.className = `mark badge ${review.status}`;
  target.textContent = `${STATUS_NAMES[review.status]} · ${when}${review.comment ? ` · ${review.comment}` : ''}${changedSinceMark(entry) ? ' · 标记后已修改' : ''}`;
}
