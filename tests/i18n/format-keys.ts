/** Every key and enum value the scenario format defines: a Korean message names them as the file is written. */
export function formatKeys(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => formatKeys(item, into));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) Object.keys(value).forEach((k) => into.add(k));
      if (key === 'enum' && Array.isArray(value)) value.forEach((v) => into.add(String(v)));
      formatKeys(value, into);
    }
  }
  return into;
}
