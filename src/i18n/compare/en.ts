/**
 * The Compare dialog's table, loaded with the dialog: pages without an exercise never download it,
 * and a page downloads its own language's copy only (the chunk is named for its language).
 */
export const compareEn = {
  table: (file: string) => `${file}: your code against the solution`,
  mineColumn: 'Yours',
  solutionColumn: 'Solution',
  changeColumn: 'Change',
  lineColumn: 'Line',
  onlyMine: 'only in your code',
  onlySolution: 'only in the solution',
  summary: (mine: number, solution: number) =>
    mine + solution === 0
      ? 'Your code matches the solution.'
      : `${mine} ${mine === 1 ? 'line' : 'lines'} only in your code, ${solution} only in the solution.`,
};

export type CompareMessages = typeof compareEn;
