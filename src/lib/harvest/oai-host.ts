import type { OaiHost } from "./oai";

/**
 * The OAI static repository's host settings, from CABJ_OAI_GATEWAY and CABJ_OAI_ADMIN_EMAIL.
 * Both belong to whoever hosts the archive, so neither has a default: without them no
 * repository file is built. One without the other is a mistake, and fails.
 */
export function oaiHostFromEnv(env: Record<string, string | undefined>): OaiHost | undefined {
  const gateway = env["CABJ_OAI_GATEWAY"]?.trim() || undefined;
  const adminEmail = env["CABJ_OAI_ADMIN_EMAIL"]?.trim() || undefined;
  if (gateway === undefined && adminEmail === undefined) return undefined;
  if (gateway === undefined || !/^https?:\/\/[^\s/]+/.test(gateway))
    throw new Error(
      `CABJ_OAI_GATEWAY: expected the http(s) base URL of an OAI static repository gateway, got ${JSON.stringify(gateway ?? "")}`,
    );
  if (adminEmail === undefined || !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(adminEmail))
    throw new Error(
      `CABJ_OAI_ADMIN_EMAIL: expected the repository administrator's e-mail address, got ${JSON.stringify(adminEmail ?? "")}`,
    );
  return { gateway, adminEmail };
}
