/** Whether `value` is an ISSN (NNNN-NNNC) whose check digit matches ISO 3297's mod-11 rule. */
export function isValidIssn(value: string): boolean {
  const match = /^(\d{4})-(\d{3})([\dX])$/.exec(value);
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return match[3] === (check === 10 ? "X" : String(check));
}
