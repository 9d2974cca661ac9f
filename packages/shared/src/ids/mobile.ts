/** Mainland mobile number: 11 digits starting with 13–19. */
export function isValidMobile(input: string): boolean {
  return /^1[3-9]\d{9}$/.test(input.trim());
}
