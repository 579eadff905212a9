import type { LikertSpec, SurveySpec, TableSpec } from "../../schemas/figure";

/**
 * Test inputs: Table 1 of Baisakalova & Amagoh as printed (seed 000, lines 692–731), and small
 * specs built around it. Tests only; the site reads content/data/.
 */
export const table1Csv = `category,agree,agree_percent,strongly_agree,strongly_agree_percent,total,total_percent
legal,64,34.2,117,62.5,181,96.7
economic,106,56.7,72,38.5,178,95.2
partnering,93,49.7,76,40.6,169,90.3
public_information,117,62.6,44,23.5,161,86.1
philanthropic,129,68.9,28,15.0,157,83.9
`;

export const table1Spec: LikertSpec = {
  kind: "likert",
  text: "baisakalova-amagoh",
  label: "Table 1",
  caption: "Responses on factors affecting citizens’ adoption of e-government.",
  captionErratum: {
    correct: "Responses on factors that would promote CSR in Kazakhstan.",
    why: "It describes another survey.",
  },
  title: "Responses on factors that would promote CSR in Kazakhstan",
  place: "Section 5",
  provenance: "Table 1 as printed.",
  n: 187,
  answers: [
    { key: "agree", label: "Agree" },
    { key: "strongly_agree", label: "Strongly agree" },
  ],
  total: "Total positive responses",
  categories: [
    { key: "legal", label: "Legal instruments (e.g. laws, decrees)", short: "Legal instruments" },
    { key: "economic", label: "Economic instruments (e.g. tax abatements, subsidies)", short: "Economic instruments" },
    { key: "partnering", label: "Partnering instruments", short: "Partnering instruments" },
    { key: "public_information", label: "Public information", short: "Public information" },
    { key: "philanthropic", label: "Philanthropic responsibilities" },
  ],
  prose: [
    { place: "Section 5.1", category: "legal", answer: "total", printed: "96.7" },
    { place: "Section 5.2", category: "economic", answer: "total", printed: "95.2" },
    { place: "Section 5.3", category: "partnering", answer: "total", printed: "90.3" },
    { place: "Section 5.4", category: "public_information", answer: "total", printed: "86.1" },
    { place: "Section 5.5", category: "philanthropic", answer: "total", printed: "83.9" },
  ],
  chart: true,
};

export const respondentsSpec: SurveySpec = {
  kind: "survey",
  text: "baisakalova-amagoh",
  title: "Who answered the CSR survey",
  place: "Section 3",
  provenance: "Section 3.",
  distributed: 237,
  returned: 187,
  printedResponseRate: "78.9",
  groups: [
    { key: "companies", label: "Business companies" },
    { key: "ngos", label: "NGOs" },
    { key: "trade_unions", label: "Trade unions" },
    { key: "state", label: "State entities" },
  ],
  chart: true,
};

export const respondentsCsv = "group,count\ncompanies,125\nngos,33\ntrade_unions,19\nstate,10\n";

export const incomeSpec: TableSpec = {
  kind: "table",
  text: "bang",
  title: "Income per capita",
  place: "Section 1",
  provenance: "Section 1.",
  columns: [
    { key: "year", label: "Year", type: "key" },
    { key: "qualifier", label: "Qualifier", type: "text" },
    { key: "income", label: "Income per capita (US$)", type: "number", qualifier: "qualifier", chart: true },
  ],
  computed: [{ kind: "cagr", label: "Growth", column: "income", from: "1990", to: "2018" }],
  chart: { type: "bar", axis: "US$" },
};

export const incomeCsv = "year,qualifier,income\n1990,about,800\n2018,,24738\n";
