/** Typographic quotes around a form in a message, the way the Problems view reads best. */
export function quote(s: string): string {
  return `“${s}”`;
}
