import type { Config } from "jest";

// One Jest run over every package. Tests import sibling packages from their TypeScript sources
// (no build needed), so `npx jest` works on a fresh clone; spawned-CLI tests use the built dist,
// which `npm install` (prepare) and `npm test` (build) produce.
const shared = {
  testEnvironment: "node",
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  moduleNameMapper: {
    "^@sinmun/([a-z]+)$": "<rootDir>/packages/$1/src/index.ts",
    "^@sinmun/([a-z]+)/([a-z]+)$": "<rootDir>/packages/$1/src/$2.ts",
    "^sinmun$": "<rootDir>/packages/sinmun/src/index.ts",
  },
} satisfies Config;

const config: Config = {
  globalSetup: "<rootDir>/scripts/jest-global-setup.js",
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/packages/*/src/**/*.test.ts", "<rootDir>/packages/*/test/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/dist/", "\\.fuzz\\.test\\.ts$"],
    },
    {
      ...shared,
      displayName: "fuzz",
      testMatch: ["<rootDir>/packages/*/test/**/*.fuzz.test.ts"],
      setupFiles: ["<rootDir>/scripts/fuzz-setup.js"],
    },
  ],
};

export default config;
