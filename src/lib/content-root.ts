/**
 * The content folder the build reads. CABJ_CONTENT points it elsewhere, so that tests can build
 * fixture archives (bad input, synthetic scale) without touching content/.
 */
export const contentRoot = process.env["CABJ_CONTENT"] ?? "./content";
