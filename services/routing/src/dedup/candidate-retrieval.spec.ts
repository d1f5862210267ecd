import { CandidatePool } from './candidate-retrieval';

describe('candidate pool', () => {
  it('sorts kept candidates best first, the newer one first on a tie', () => {
    const pool = new CandidatePool();
    pool.keep(1, 0.4, false);
    pool.keep(2, 0.9, false);
    pool.keep(3, 0.4, true);
    expect(pool.sorted().map((i) => pool.docs[i])).toEqual([2, 3, 1]);
  });

  it('when full, lets a stronger candidate replace the weakest and always lets the same person in', () => {
    const pool = new CandidatePool();
    for (let doc = 0; doc < 256; doc++) pool.keep(doc, 0.5 + doc / 1000, false);
    pool.keep(1000, 0.4, false);
    expect(Array.from(pool.docs)).not.toContain(1000);
    pool.keep(1001, 0.9, false);
    expect(Array.from(pool.docs)).toContain(1001);
    expect(Array.from(pool.docs)).not.toContain(0);
    pool.keep(1002, 0.1, true);
    expect(Array.from(pool.docs)).toContain(1002);
    expect(pool.count).toBe(256);
  });
});
