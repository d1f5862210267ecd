/** How the handling service presents itself (also used by tests that build the app). */
export const SERVICE = {
  name: 'handling',
  defaultPort: 3003,
  title: 'Sunshine Petitions — Handling — 单位办理',
  description: "The responsible units' workbench: accept, return, extend, reply; reopened when leaders, petitioners or supervisors send a case back.",
};
