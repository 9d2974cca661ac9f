import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The rules of docs/ARCHITECTURE.md "Modules", checked on the source itself: one front door per
// module, arrows only downwards, and each table written by its owner alone.

type Manifest = { layers: string[][]; tables: Record<string, string[]>; kernelTables: string[] };
const modulesDir = import.meta.dirname;
const srcDir = resolve(modulesDir, "..");
const manifest = JSON.parse(readFileSync(join(modulesDir, "modules.json"), "utf8")) as Manifest;
const rank = new Map(manifest.layers.flatMap((layer, i) => layer.map((m) => [m, i] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !/\.(test|fixtures)\.ts$/.test(path) && !path.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

/** The module a source file belongs to, or the kernel/composition folder it sits in. */
function placeOf(file: string): string {
  const rel = relative(srcDir, file).split("/");
  return rel[0] === "modules" ? rel[1]! : rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, "");
}

const KERNEL = new Set(["http", "db", "security"]);
const files = sourceFiles(srcDir);

/** Where each file imports other modules from: [file, target module, target file in that module]. */
const crossImports = files.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)].flatMap(([, spec]) => {
    const target = relative(srcDir, resolve(dirname(file), spec!)).split("/");
    if (target[0] !== "modules" || target.length < 3) return [];
    const [, mod, ...rest] = target;
    return mod === placeOf(file) ? [] : [[file, mod!, rest.join("/")] as const];
  }),
);

describe("module boundaries", () => {
  it("lists every module once, each with a front door", () => {
    const folders = readdirSync(modulesDir).filter((n) => statSync(join(modulesDir, n)).isDirectory());
    const listed = manifest.layers.flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...folders].sort());
    expect(Object.keys(manifest.tables).sort()).toEqual([...folders].sort());
    for (const m of folders) expect(statSync(join(modulesDir, m, "index.ts")).isFile()).toBe(true);
  });

  it("reaches other modules only through their front doors", () => {
    const deep = crossImports
      .filter(([, , path]) => path !== "index.js")
      .map(([f, m, p]) => `${relative(srcDir, f)} → ${m}/${p}`);
    expect(deep).toEqual([]);
  });

  it("has no arrow pointing up or across a layer, and a kernel that imports no module", () => {
    const wrong = crossImports
      .filter(([file, target]) => {
        const from = placeOf(file);
        if (KERNEL.has(from)) return true;
        const r = rank.get(from);
        return r !== undefined && rank.get(target)! >= r;
      })
      .map(([f, m]) => `${relative(srcDir, f)} → ${m}`);
    expect(wrong).toEqual([]);
  });

  it("gives every table exactly one owner", () => {
    const schema = readFileSync(join(srcDir, "db", "schema.ts"), "utf8");
    const database = /export interface Database \{([^}]*)\}/.exec(schema)![1]!;
    const tables = [...database.matchAll(/^\s+([a-z_]+):/gm)].map((m) => m[1]!);
    const owned = [...Object.values(manifest.tables).flat(), ...manifest.kernelTables];
    expect(new Set(owned).size).toBe(owned.length);
    expect(tables.filter((t) => !owned.includes(t))).toEqual([]);
  });

  it("writes each table only from the module that owns it", () => {
    const owner = new Map<string, string>(
      Object.entries(manifest.tables).flatMap(([m, ts]) => ts.map((t) => [t, m] as const)),
    );
    for (const t of manifest.kernelTables) owner.set(t, "kernel");
    const WRITES = [
      /insertInto\(\s*"([a-z_]+)"/g,
      /updateTable\(\s*"([a-z_]+)"/g,
      /deleteFrom\(\s*"([a-z_]+)"/g,
      /mergeInto\(\s*"([a-z_]+)"/g,
      /INSERT INTO\s+([a-z_]+)/g,
      /UPDATE\s+([a-z_]+)\s+SET/g,
      /DELETE FROM\s+([a-z_]+)/g,
      /\btable:\s*"([a-z_]+)"/g, // shiftRunningDates(db, { table: … })
    ];
    const trespass: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const place = placeOf(file);
      const writer = KERNEL.has(place) ? "kernel" : place;
      for (const pattern of WRITES)
        for (const [, table] of text.matchAll(pattern)) {
          if (!owner.has(table!)) continue; // a CTE or alias, not a table
          if (owner.get(table!) !== writer)
            trespass.push(`${relative(srcDir, file)} writes ${table} (${owner.get(table!)}'s)`);
        }
    }
    expect(trespass).toEqual([]);
  });

  it("is described module by module in docs/ARCHITECTURE.md", () => {
    const doc = readFileSync(resolve(srcDir, "../../../docs/ARCHITECTURE.md"), "utf8");
    const missing = manifest.layers.flat().filter((m) => !doc.includes(`\`${m}\``));
    expect(missing).toEqual([]);
  });
});
