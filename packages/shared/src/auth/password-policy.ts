/**
 * Password complexity (等保 2.0 level 3 practice): at least 10 characters drawn
 * from at least three of upper case, lower case, digits and symbols, and not
 * containing the user name.
 */
export function passwordProblems(password: string, username = ""): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push("length");
  if (password.length > 128) problems.push("tooLong");
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password));
  if (classes.length < 3) problems.push("classes");
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push("containsUsername");
  }
  return problems;
}

export function isStrongPassword(password: string, username = ""): boolean {
  return passwordProblems(password, username).length === 0;
}
