import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEV_HISTORY_KEY, SupervisionConfig } from '../config';

const problemsOf = (env: Record<string, string>) =>
  validateSync(plainToInstance(SupervisionConfig, env))
    .filter((e) => e.property === 'SUPERVISION_HISTORY_KEY')
    .flatMap((e) => Object.values(e.constraints ?? {}));

describe('the report history key', () => {
  it('is refused in production while it is the development default, or too short', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringContaining('must be set in production')]);
    expect(problemsOf({ NODE_ENV: 'production', SUPERVISION_HISTORY_KEY: DEV_HISTORY_KEY })).not.toEqual([]);
    expect(problemsOf({ NODE_ENV: 'production', SUPERVISION_HISTORY_KEY: 'short' })).not.toEqual([]);
  });

  it('is accepted in production when set to a long secret, and defaults in development', () => {
    expect(problemsOf({ NODE_ENV: 'production', SUPERVISION_HISTORY_KEY: 'k'.repeat(48) })).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'development' })).toEqual([]);
  });
});
