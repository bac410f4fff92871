/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

/** `''` when true, `undefined` when false: React renders present/absent data attributes. */
export function flag(value: boolean | undefined): '' | undefined {
  return value ? '' : undefined;
}
