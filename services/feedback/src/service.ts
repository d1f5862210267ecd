/** How the feedback service presents itself (also used by tests that build the app). */
export const SERVICE = {
  name: 'feedback',
  defaultPort: 3004,
  title: 'Sunshine Petitions — Feedback — 回访与满意度测评',
  description: 'Return visits, satisfaction ratings, and review (复查) and re-review (复核) requests.',
};
