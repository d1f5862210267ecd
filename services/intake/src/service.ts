import { open311BodyErrors } from './open311/open311-exception.filter';

/** How the intake service presents itself (also used by tests that build the app). */
export const SERVICE = {
  name: 'intake',
  defaultPort: 3001,
  title: 'Sunshine Petitions — Intake — 信访件登记',
  description:
    "Takes in petitions from every channel, registers them with a case number at once, keeps personal data encrypted, and answers the petitioner's progress queries.",
  // Open311 clients expect the spec's error format even when the body cannot be parsed.
  errorHandlers: [open311BodyErrors],
};
