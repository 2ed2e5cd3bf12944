/** Small valid cases for the tests, one per kind where needed. */
export function rectification(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'rectification-suggestion',
    id: 'T-1',
    issuer: { name: '中共某某市纪律检查委员会' },
    date: '2026-11-24',
    addressee: ['中共某某市某某局党组'],
    problems: [{ title: '制度执行不严', detail: '部分制度停留在纸面。' }],
    suggestions: [{ title: '健全制度' }],
    ...overrides,
  };
}

export function talkRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'talk-record',
    id: 'T-2',
    issuer: { name: '中共某某县纪律检查委员会' },
    start: '2026-11-20T09:30',
    place: '县纪委监委谈话室',
    interviewers: [{ name: '郑某某', position: '县纪委副书记' }],
    recorder: { name: '冯某某' },
    interviewee: { name: '何某某' },
    qa: [{ q: '你对问题怎么看？', a: '我完全认同。' }],
    ...overrides,
  };
}

export function speech(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'speech',
    id: 'T-3',
    issuer: { name: '中共某某市纪律检查委员会' },
    meeting: { name: '全市某某工作会议', date: '2026-11-24' },
    speaker: { name: '张某某', title: '市纪委书记' },
    parts: [{ heading: '要提高认识', points: [{ heading: '第一点。', body: '正文。' }] }],
    ...overrides,
  };
}
