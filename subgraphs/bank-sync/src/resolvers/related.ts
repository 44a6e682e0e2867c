/**
 * The row a foreign key guarantees (a loan's customer, a link's collateral). A miss means the database broke
 * its own constraints, which is a server fault, not a null the schema would have to admit.
 */
export async function existing<T>(lookup: Promise<T | null>, description: string): Promise<T> {
  const row = await lookup;
  if (row === null) throw new Error(`${description} does not exist`);
  return row;
}
