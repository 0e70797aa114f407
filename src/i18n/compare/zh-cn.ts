import type { CompareMessages } from './en';

export const compareZhCn: CompareMessages = {
  table: (file: string) => `${file}：你的代码与答案对比`,
  mineColumn: '你的',
  solutionColumn: '答案',
  changeColumn: '差异',
  lineColumn: '内容',
  onlyMine: '只在你的代码里',
  onlySolution: '只在答案里',
  summary: (mine: number, solution: number) =>
    mine + solution === 0 ? '你的代码与答案一致。' : `${mine} 行只在你的代码里，${solution} 行只在答案里。`,
};
