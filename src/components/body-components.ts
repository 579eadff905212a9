import Figure from "./Figure.astro";
import PrintedValue from "./PrintedValue.astro";

/**
 * The components an article's MDX may use. The page and the JATS XML render the body with the
 * same map, so that the XML holds exactly what the page shows.
 */
export const bodyComponents = { Figure, PrintedValue };
