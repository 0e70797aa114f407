/** The id of an exercise's heading in its lesson page, which links such as "Continue" and tracks point at. */
export function exerciseAnchor(id: string): string {
  return `exercise-${id.replace(/[^a-z0-9-]/gi, '-')}`;
}
