import { defineConfig } from "@playwright/test";
import { testChromium } from "../src/lib/galleys/printer";

/** E2E_PORT lets several checkouts run their tests side by side. */
const port = Number(process.env["E2E_PORT"] ?? 4322);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  fullyParallel: true,
  workers: 2,
  // On CI a test that fails once is run again and reported as flaky, not silently passed.
  retries: process.env["CI"] ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      ...testChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `node e2e/serve.ts dist ${port} /`,
      cwd: "..",
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    // Astro's own preview server, the one `npm start` runs, for what it must do too (serve 404.html).
    // The specs that serve builds of their own take the next ports: port + 1 the sub-path build,
    // port + 3 the imported archive, port + 4 the dev server.
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port + 2}`,
      cwd: "..",
      url: `http://127.0.0.1:${port + 2}/`,
      reuseExistingServer: false,
    },
  ],
});
