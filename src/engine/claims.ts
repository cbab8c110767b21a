/** True when a revision to `revised` is further from the claim than the scenario tolerates. */
export function contradicts(claimed: number, revised: number, tolerance: number): boolean {
  return Math.abs(revised - claimed) > tolerance * Math.abs(claimed);
}
