/** English punctuation the UI puts between a translated label and its value (issue 15 review); merged into `en`. */
export const enReview = {
  /** After a label: "Import report: file.csv". */
  'punct.colon': ': ',
  /** Between the names of a list: "CLV, P(alive)". */
  'punct.listSep': ', ',
} as const;
