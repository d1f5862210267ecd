/** How the routing service presents itself (also used by tests that build the app). */
export const SERVICE = {
  name: 'routing',
  defaultPort: 3002,
  title: 'Sunshine Petitions — Routing — 判重、分类与交办',
  description: 'Detects repeats and group petitions, classifies each petition, puts items to leaders for instruction and assigns them to units with statutory deadlines.',
};
