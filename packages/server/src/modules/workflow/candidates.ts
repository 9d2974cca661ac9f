import type { Candidate } from "@onewindow/shared";
import { parentAreaCode } from "@onewindow/shared";

/**
 * The org that acts on a task, relative to the case's community: the community
 * itself, its street office (or the office's section for a department key), or a
 * district bureau. `exists` lets the caller fall back to the street office when a
 * street has no such section.
 */
export function candidateOrg(
  candidate: Candidate,
  communityCode: string,
  districtCode: string,
  exists: (code: string) => boolean,
): string {
  switch (candidate.orgKind) {
    case "community":
      return communityCode;
    case "street": {
      const street = parentAreaCode(communityCode);
      if (!street) throw new Error(`${communityCode} has no street`);
      const section = candidate.deptKey ? `${street}-${candidate.deptKey}` : street;
      return exists(section) ? section : street;
    }
    case "department":
      if (!candidate.deptKey) throw new Error("a department step needs a deptKey");
      return `${districtCode}-${candidate.deptKey}`;
  }
}
