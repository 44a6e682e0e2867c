CREATE TABLE "bank_sync_service"."sync_events" (
	"sequence" bigint PRIMARY KEY NOT NULL,
	"event_type" varchar(20) NOT NULL,
	"occurred_at" timestamp (3) DEFAULT now() NOT NULL,
	"entity_types" varchar(30)[] NOT NULL,
	"source_system" varchar(10),
	"run_id" uuid,
	"affected_keys" text[] NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_sync_events_run_id" ON "bank_sync_service"."sync_events" USING btree ("run_id");