// @ts-check
import { readFileSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Module layers, lowest first (packages/server/src/modules/modules.json; docs/ARCHITECTURE.md). */
const { layers } = JSON.parse(
  readFileSync(new URL("./packages/server/src/modules/modules.json", import.meta.url), "utf8"),
);
const FRONT_DOOR = {
  regex: "^\\.\\./[a-z-]+/(?!index\\.js$)",
  message: "another module is reached only through its front door, ../<module>/index.js",
};
const ROUTES_STAY_THIN = {
  group: ["*.repo.js", "kysely"],
  message: "routes call services, not repositories",
};
/**
 * For each module: front doors only, and only of modules in lower layers (so no arrow points up
 * and no two modules import each other). Route files also stay away from repositories and SQL.
 */
const moduleBoundaries = layers.flatMap((/** @type {string[]} */ layer, /** @type {number} */ rank) =>
  layer.flatMap((/** @type {string} */ name) => {
    const notBelow = layers
      .slice(rank)
      .flat()
      .filter((/** @type {string} */ other) => other !== name);
    const upward = {
      regex: `^\\.\\./(${notBelow.join("|")})/`,
      message: `${name} may use only modules in lower layers (packages/server/src/modules/modules.json)`,
    };
    const patterns = notBelow.length > 0 ? [FRONT_DOOR, upward] : [FRONT_DOOR];
    const files = `packages/server/src/modules/${name}/**/*.ts`;
    const tests = ["**/*.test.ts", "**/*.fixtures.ts"];
    return [
      {
        files: [files],
        ignores: [...tests, "**/*.routes.ts"],
        rules: { "no-restricted-imports": ["error", { patterns }] },
      },
      {
        files: [`packages/server/src/modules/${name}/**/*.routes.ts`],
        rules: { "no-restricted-imports": ["error", { patterns: [...patterns, ROUTES_STAY_THIN] }] },
      },
    ];
  }),
);

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "**/*.config.*",
      "scripts/**",
      "bench/**/*.mjs",
      "**/bin/*.mjs",
      ".e2e-artifacts/**",
      // Generated from the OpenAPI document (npm run openapi), checked for drift instead.
      "packages/web/src/api/openapi.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/only-throw-error": "error",
    },
  },
  {
    // Routes go through services; they never touch repositories or SQL.
    files: ["packages/server/src/**/*.routes.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [ROUTES_STAY_THIN] }] },
  },
  ...moduleBoundaries,
  {
    // The composition roots reach modules through their front doors only.
    files: ["packages/server/src/*.ts", "packages/server/src/seed/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.|\\.\\.)/modules/[a-z-]+/(?!index\\.js$)",
              message: "compose modules through their front doors, modules/<module>/index.js",
            },
          ],
        },
      ],
    },
  },
  {
    // The request layer, the database layer and the field encryption sit below every module.
    files: ["packages/server/src/{http,db,security}/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "/modules/", message: "the kernel does not depend on modules" }] },
      ],
    },
  },
  {
    // The web apps reach the server only over HTTP.
    files: ["packages/web/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@onewindow/server", "**/server/**"],
              message: "web talks to the server over HTTP only",
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code is pure: no Node built-ins, no I/O.
    files: ["packages/shared/src/**/*.ts"],
    ignores: ["packages/shared/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "crypto"], message: "shared rules are pure" }] },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "e2e/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
