/** How the supervision service presents itself (also used by tests that build the app). */
export const SERVICE = {
  name: 'supervision',
  defaultPort: 3005,
  title: 'Sunshine Petitions — Supervision — 督查督办与考核',
  description: 'Case timelines, warning lights, reminders, supervision orders, bulletins and the quarterly appraisal of units.',
};
