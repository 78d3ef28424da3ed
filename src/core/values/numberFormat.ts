/** The decimal separator of a file's numbers; the other of '.' and ',' may group thousands. */
export interface NumberFormat {
  decimal: '.' | ',';
}
