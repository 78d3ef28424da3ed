/** English punctuation the UI puts between a translated label and its value (issue 15 review); merged into `en`. */
export const enReview = {
  /** After a label: "Import report: file.csv". */
  'punct.colon': ': ',
} as const;
