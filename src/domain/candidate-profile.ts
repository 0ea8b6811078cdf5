/** Facts derived from a candidate's own entries, kept in columns so lists, filters and duplicate checks use indexes. */

type WorkEntry = { title: string; employer: string; endedOn?: string };

/** Where they work now: the first work history entry without an end date, else nobody. */
export function currentPosition(workHistory: readonly WorkEntry[]): { currentEmployer: string | null; currentTitle: string | null } {
  const current = workHistory.find((entry) => !entry.endedOn);
  return { currentEmployer: current?.employer ?? null, currentTitle: current?.title ?? null };
}

/** The skills' names, lower case and once each, for the skill filter's GIN index. */
export const skillNamesOf = (skills: readonly { name: string }[]): string[] => [...new Set(skills.map((skill) => skill.name.trim().toLowerCase()).filter(Boolean))];
