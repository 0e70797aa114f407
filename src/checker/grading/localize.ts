import type { Exercise, Goal } from './exercise';

/** The text of an exercise in another language; ids, files, rules and checks stay those of the exercise. */
export interface ExerciseTranslation {
  title: string;
  task: string;
  hints: string[];
  run: { title: string; why: string; passed: string };
  /** By goal id: the goal's title, why, and its messages under the same ids as the goal's own. */
  goals: Record<string, { title: string; why: string; messages: Readonly<Record<string, string>> }>;
}

/**
 * The exercise worded in a translation. Anything the translation lacks stays in English, so a gap
 * shows as English text (which a test catches) rather than as a missing check.
 */
export function localizeExercise(exercise: Exercise, translation: ExerciseTranslation | undefined): Exercise {
  if (!translation) return exercise;
  const goals = exercise.goals.map((goal): Goal => {
    const text = translation.goals[goal.id];
    if (!text) return goal;
    // A message the translation lacks stays in English, which translationGaps reports.
    return { ...goal, title: text.title, why: text.why, messages: { ...goal.messages, ...text.messages } };
  });
  return {
    ...exercise,
    title: translation.title,
    task: translation.task,
    hints: translation.hints.length === exercise.hints.length ? translation.hints : exercise.hints,
    run: { ...exercise.run, title: translation.run.title, why: translation.run.why, passed: translation.run.passed },
    goals,
  };
}

/** What a translation leaves out or adds, compared with the exercise (a test keeps this empty). */
export function translationGaps(exercise: Exercise, translation: ExerciseTranslation | undefined): string[] {
  if (!translation) return [`${exercise.id}: no translation`];
  const gaps: string[] = [];
  if (translation.hints.length !== exercise.hints.length) gaps.push(`${exercise.id}: ${translation.hints.length} hints for ${exercise.hints.length}`);
  for (const goal of exercise.goals) {
    const text = translation.goals[goal.id];
    if (!text) {
      gaps.push(`${exercise.id}: goal ${goal.id}`);
      continue;
    }
    for (const id of Object.keys(goal.messages)) {
      if (!text.messages[id]) gaps.push(`${exercise.id}: goal ${goal.id} message ${id}`);
    }
  }
  for (const id of Object.keys(translation.goals)) {
    if (!exercise.goals.some((g) => g.id === id)) gaps.push(`${exercise.id}: unknown goal ${id}`);
  }
  return gaps;
}
