-- Custom SQL (drizzle-kit cannot express triggers): keeps payment_service.daily_collections exact for the days
-- it holds (those before collection_days.closed_before, decision 0029). Every statement that writes payments
-- adds its new rows of closed days and takes away its old ones; the open day's payments are read from the
-- table, so recording today's payments writes no rollup row.
INSERT INTO "payment_service"."collection_days" ("singleton", "closed_before") VALUES (true, NULL);
--> statement-breakpoint
CREATE FUNCTION "payment_service"."add_to_daily_collections"(
  added "payment_service"."payments"[],
  removed "payment_service"."payments"[]
) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "payment_service"."daily_collections" AS rollup
    ("day", "status", "payment_method", "source_system", "currency", "payment_count", "amount")
  SELECT change.payment_date::date, change.status, change.payment_method, change.source_system, change.currency,
         sum(change.sign), sum(change.sign * change.amount)
  FROM (
    SELECT payment_date, status, payment_method, source_system, currency, amount, 1 AS sign FROM unnest(added)
    UNION ALL
    SELECT payment_date, status, payment_method, source_system, currency, amount, -1 AS sign FROM unnest(removed)
  ) AS change
  GROUP BY 1, 2, 3, 4, 5
  -- An update that changes nothing the rollup counts (a sync's last_synced_at) writes no rollup row.
  HAVING sum(change.sign) <> 0 OR sum(change.sign * change.amount) <> 0
  ON CONFLICT ("day", "status", "payment_method", "source_system", "currency") DO UPDATE
    SET "payment_count" = rollup."payment_count" + excluded."payment_count",
        "amount" = rollup."amount" + excluded."amount";
$$;
--> statement-breakpoint
CREATE FUNCTION "payment_service"."apply_to_daily_collections"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  closed date;
  added "payment_service"."payments"[] := '{}';
  removed "payment_service"."payments"[] := '{}';
BEGIN
  -- Shared by every writer; closing days takes it alone (closeCollectionDays), so a write either commits before
  -- the close reads the payments (and is counted by it) or sees the new closed_before here (and counts itself).
  PERFORM pg_advisory_xact_lock_shared('payment_service.daily_collections'::regclass::oid::bigint);
  SELECT closed_before INTO closed FROM "payment_service"."collection_days";
  IF closed IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    added := array(SELECT p FROM new_payments AS p WHERE p.payment_date < closed);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    removed := array(SELECT p FROM old_payments AS p WHERE p.payment_date < closed);
  END IF;
  IF cardinality(added) > 0 OR cardinality(removed) > 0 THEN
    PERFORM "payment_service"."add_to_daily_collections"(added, removed);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "trg_payments_insert_daily_collections" AFTER INSERT ON "payment_service"."payments"
  REFERENCING NEW TABLE AS new_payments
  FOR EACH STATEMENT EXECUTE FUNCTION "payment_service"."apply_to_daily_collections"();
--> statement-breakpoint
CREATE TRIGGER "trg_payments_update_daily_collections" AFTER UPDATE ON "payment_service"."payments"
  REFERENCING OLD TABLE AS old_payments NEW TABLE AS new_payments
  FOR EACH STATEMENT EXECUTE FUNCTION "payment_service"."apply_to_daily_collections"();
--> statement-breakpoint
CREATE TRIGGER "trg_payments_delete_daily_collections" AFTER DELETE ON "payment_service"."payments"
  REFERENCING OLD TABLE AS old_payments
  FOR EACH STATEMENT EXECUTE FUNCTION "payment_service"."apply_to_daily_collections"();
