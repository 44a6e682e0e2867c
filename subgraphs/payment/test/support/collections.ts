/** Each `collectionsSummary` grouping's key as SQL over `payments`, the way tests compute the expected answer. */
export const COLLECTIONS_KEY_SQL = {
  HOUR: `to_char(payment_date, 'YYYY-MM-DD"T"HH24') || ':00:00.000Z'`,
  DAY: `to_char(payment_date, 'YYYY-MM-DD')`,
  METHOD: 'payment_method',
  STATUS: 'status',
  SOURCE_SYSTEM: 'source_system',
} as const;
