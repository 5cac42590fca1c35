/**
 * xsd:dateTime as RFC 7643 §2.3.5 requires for SCIM DateTime values: `2010-01-23T04:56:22Z`.
 * A literal `T`, optional fractional seconds, and an OPTIONAL timezone (`Z` or `±hh:mm`).
 * ajv-formats' `date-time` (RFC 3339) demands a timezone, which would flag conformant servers.
 */
const XSD_DATE_TIME =
  /^-?(\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|[+-](\d\d):(\d\d))?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is an xsd:dateTime with a real calendar date and clock time.
 * @see RFC 7643 §2.3.5 (DateTime); XML Schema Part 2 §3.2.7 (dateTime)
 */
export function isScimDateTime(value: string): boolean {
  const match = XSD_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, tzHour, tzMinute] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  if (month === 2 && day === 29 && !isLeapYear(year)) return false;
  const endOfDay = hour === 24 && minute === 0 && second === 0;
  if (!endOfDay && (hour > 23 || minute > 59 || second > 59)) return false;
  return tzHour < 14 ? tzMinute <= 59 : tzHour === 14 && tzMinute === 0;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
