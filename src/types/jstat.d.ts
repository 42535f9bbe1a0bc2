// The parts of jstat (CommonJS, no bundled types) that LDN Atlas uses.
declare module 'jstat' {
  interface Distribution {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
  }
  const jstat: {
    jStat: {
      studentt: Distribution;
      normal: Distribution;
      centralF: Distribution;
      chisquare: Distribution;
    };
  };
  export default jstat;
}
