import { describe, expect, it } from 'vitest';
import { en } from './en';
import { lang, t } from './page';

describe('interface messages', () => {
  it('are the active messages, with the page language taken from them', () => {
    expect(t).toBe(en);
    expect(lang).toBe('en');
  });

  it('count exercises, files and results in the singular and the plural', () => {
    expect(en.common.exercises(1)).toBe('1 exercise');
    expect(en.common.exercises(0)).toBe('0 exercises');
    expect(en.home.lessonMeta(12, 1)).toBe('12 min · 1 exercise');
    expect(en.lesson.meta(8, 3)).toBe('8 minutes · 3 exercises');
    expect(en.search.results(1, 'root')).toBe('1 result for “root”.');
    expect(en.team.fileCounts(2, 1, 1, 0)).toBe('2 files: 1 valid, 1 edited after export (not counted), 0 unreadable.');
    expect(en.team.finished(1, 1, 0, 100, 0)).toBe('Of 1 learner with a valid record, 1 completed every exercise on their own and 0 with the solution for some; on average 100% of the exercises are done (0% with the solution).');
    expect(en.progressPage.conflictIntro(1)).toBe('The file has different code from this browser for this exercise:');
    expect(en.progressPage.conflictIntro(3)).toBe('The file has different code from this browser for these 3 exercises:');
  });

  it('name the progress bars the way the pages label them', () => {
    expect(en.progressBar.done(2, 5)).toBe('2 of 5 done');
    expect(en.progressBar.valueText(2, 5)).toBe('2 of 5 exercises complete');
    expect(en.progressBar.inLesson('Run as a non-root user')).toBe('Progress in Run as a non-root user');
  });

  it('keep every entry non-empty, so a missing translation shows up as a failing test', () => {
    const empty: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        if (value.trim() === '') empty.push(path);
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, `${path}[${i}]`));
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
      }
    };
    visit(en, '');
    expect(empty).toEqual([]);
  });
});
