import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage();
await p.goto("http://localhost:5131/issues/48-2/gomes-hiv-aids-knowledge-among-men/");
const t = await p.locator(".body").innerText();
for (const k of ["HIV/AIDS knowledge was assessed", "adoption of behaviors", "Full-information factor", "(a i )", "discrimination of each"]) { const i = t.indexOf(k); console.log(JSON.stringify(t.slice(i, i + 300))); }
await b.close();
