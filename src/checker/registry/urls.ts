/** Site-relative address of a rule's page. */
export function ruleUrl(id: string): string {
  return `/rules/${id}/`;
}

/** Site-relative address of a lesson. */
export function lessonUrl(slug: string): string {
  return `/lessons/${slug}/`;
}
