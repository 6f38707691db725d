/** Character classes of the amount scanners only; spaces and Hangul come from @sinmun/core. All take a UTF-16 code unit. */
import { isHangul } from "@sinmun/core";


/** ASCII or full-width digit value, or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Letters that glue a number into a word or code (H100, iOS, 삼성) — Hangul, Latin, CJK ideographs. */
export function isWordChar(c: number): boolean {
  return isHangul(c) || isLatin(c) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3130 && c <= 0x318f);
}

/** Dashes and tildes that join the two ends of a range (10~20억, 10-20%). */
export function isRangeMark(c: number): boolean {
  return c === 0x7e || c === 0x223c || c === 0x301c || c === 0xff5e || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212;
}
