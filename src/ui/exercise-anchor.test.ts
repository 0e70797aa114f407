import { describe, expect, it } from 'vitest';
import { exerciseAnchor } from './exercise-anchor';

describe('exerciseAnchor', () => {
  it('turns an exercise id into the id of its heading', () => {
    expect(exerciseAnchor('run-as-non-root/add-user')).toBe('exercise-run-as-non-root-add-user');
  });

  it('keeps only letters, digits and hyphens', () => {
    expect(exerciseAnchor('a b/c.d')).toBe('exercise-a-b-c-d');
  });
});
