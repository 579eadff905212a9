import type { APIRoute } from "astro";
import { urlOf } from "../lib/archive";
import { robotsTxt } from "../lib/harvest/robots";

export const GET: APIRoute = () =>
  new Response(robotsTxt(urlOf("sitemap.xml")), { headers: { "content-type": "text/plain; charset=utf-8" } });
