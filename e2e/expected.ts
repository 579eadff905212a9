/**
 * What the seeds print, counted by hand from ../shared/seeds (line numbers are the seeds'), so
 * that the e2e tests can check that nothing was dropped between the source and the page.
 */
export interface ExpectedText {
  path: string;
  title: string;
  authors: string[];
  /** The first words of the abstract, where one is printed. */
  abstractStart?: string;
  /** Every section heading as printed, in order (numbered ones with their numbers). */
  headings: string[];
  /** Footnotes printed in the body (a note on the author line is shown with the authors). */
  footnotes: number;
  /** Entries of the printed reference list. */
  references: number;
  /** Whether the text prints formulas. */
  maths: boolean;
}

export const texts: ExpectedText[] = [
  {
    // 000_…, lines 1–459
    path: "issues/11-1/madumarov-pech/",
    title: "Regional Integration with Imperfect Commitment: The Case of the Eurasian Economic Union",
    authors: ["Eldar Madumarov", "Gerald Pech"],
    abstractStart: "Why did the Eurasian Economic Union form in stages",
    headings: [
      "1. Introduction",
      "2. Literature Review",
      "3. A Simple Formal Model of Accession with No Commitment",
      "4. Accession Impact and Rule Adaptation in the Case of Kyrgyzstan and the EAEU",
      "4.1 Russian Investments in Kyrgyzstan",
      "4.2 Rule Adaptation",
      "4.3 Commitment Problem",
      "5. Conclusion",
      "6. Summary",
    ],
    footnotes: 3, // notes 2, 3, 4 (note 1, on the author line, names the corresponding author)
    references: 0, // the seed prints no reference list
    maths: true,
  },
  {
    // 000_…, lines 460–890
    path: "issues/11-1/baisakalova-amagoh/",
    title: "Multi-method Research Design in the Study of Corporate Social Responsibility in Kazakhstan",
    authors: ["Baisakalova", "Amagoh"],
    abstractStart: "This paper presents the multi-method research approach",
    headings: [
      "1. Introduction",
      "2. Theoretical Frameworks",
      "2.1 Action Research and Stakeholder Theory",
      "2.2 Grounded Theory and Grounded Action",
      "2.3 Systems Thinking Approach",
      "3. Research Methodology",
      "4. Data Analysis",
      "5. Research Findings",
      "5.1 Legal Responsibilities",
      "5.2 Economic Instruments",
      "5.3 Partnering Instruments",
      "5.4 Public Information",
      "5.5 Philanthropic Responsibilities",
      "6. Credibility of the Study",
      "7. Conclusion and Recommendations",
      "8. Summary",
    ],
    footnotes: 0,
    references: 0,
    maths: false,
  },
  {
    // 000_…, lines 891–1143
    path: "issues/11-1/bang/",
    title:
      "Implications of Kazakhstan's Economic Modernization for North Korea's Economic Development and the Korean Peninsula",
    authors: ["Chan Young Bang"],
    abstractStart: "This article provides a blueprint for North Korea’s economic reform",
    headings: [
      "1. Introduction",
      "2. Lessons from Kazakhstan",
      "2.1 Indomitable Will for Economic Modernization",
      "2.2 Establishment of an Expert Committee",
      "2.3 Enactment of Friendly Foreign Policy",
      "2.4 Privatization and Enactment of Foreign Investment Law",
      "2.5 Education and Development of Human Resources",
      "3. Measures to Achieve Economic Modernization in the DPRK",
      "4. Summary",
    ],
    footnotes: 0, // its one note is on the author line
    references: 0,
    maths: false,
  },
  {
    // 002_…
    path: "companions/north-korea-deal/",
    title: "Why North Korea Wants a Deal with the US",
    authors: [],
    headings: [
      "The Vietnam role model",
      "Enter Russia and its near abroad",
      "North Korea’s advantage",
      "North Korea’s nuclear and missile programs",
      "Takeaways",
    ],
    footnotes: 0,
    references: 0,
    maths: false,
  },
  {
    // 004_…
    path: "companions/baimenov-concentric-spheres/",
    title: "Applying the Model of Dynamic Concentric Spheres in the Analysis of Governance",
    authors: ["Alikhan Baimenov"],
    abstractStart: "This article proposes a new approach to analysing governance systems",
    headings: [
      "Problem statement: contradictions of progress",
      "The model of dynamic concentric spheres",
      "Conclusion",
      "References",
    ],
    footnotes: 6, // notes ²–⁷ (note ¹ is on the author line)
    references: 10,
    maths: false,
  },
];

/** The table of contents as printed: sections in order, articles in order. */
export const contents = [
  { section: "Research papers", titles: [texts[0]!.title, texts[1]!.title] },
  { section: "Perspectives", titles: [texts[2]!.title] },
];
