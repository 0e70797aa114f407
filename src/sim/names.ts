/** Docker-style container names (adjective_scientist), picked by a counter so runs repeat exactly. */
const ADJECTIVES = ['admiring', 'brave', 'clever', 'dazzling', 'eager', 'focused', 'gifted', 'hopeful', 'jolly', 'keen', 'lucid', 'modest', 'nifty', 'quirky', 'serene', 'vigilant'];
const SURNAMES = ['allen', 'babbage', 'curie', 'dijkstra', 'easley', 'feynman', 'goldberg', 'hopper', 'johnson', 'knuth', 'lovelace', 'meitner', 'noether', 'ritchie', 'shannon', 'turing'];

export function containerName(counter: number): string {
  const adjective = ADJECTIVES[(counter * 7) % ADJECTIVES.length] ?? 'brave';
  const surname = SURNAMES[(counter * 5 + 3) % SURNAMES.length] ?? 'hopper';
  return `${adjective}_${surname}`;
}
