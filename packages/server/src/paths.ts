import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The server package folder, whether running from src/ (tests) or dist/ (built). */
function findPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("server package.json not found");
    dir = up;
  }
  return dir;
}

export const packageDir = findPackageDir();
export const repoDir = join(packageDir, "..", "..");
export const dataFilesDir = join(packageDir, "data");
export const webDistDir = join(repoDir, "packages", "web", "dist");
