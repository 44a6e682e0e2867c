CREATE TABLE "bank_sync_service"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp (3) DEFAULT now() NOT NULL,
	"actor" varchar(50) NOT NULL,
	"operation" varchar(50) NOT NULL,
	"entity_type" varchar(50) NOT NULL,
	"entity_key" varchar(100) NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."payment_applications" (
	"payment_reference_number" varchar(20) PRIMARY KEY NOT NULL,
	"loan_account_number" varchar(20) NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"event_sequence" bigint NOT NULL,
	"outstanding_delta" numeric(18, 2) NOT NULL,
	"remaining_delta" numeric(18, 2) NOT NULL,
	"due_delta" numeric(18, 2) NOT NULL,
	"status" varchar(20) NOT NULL,
	"applied_at" timestamp (3) DEFAULT now() NOT NULL,
	"reversal_sequence" bigint,
	"reversed_at" timestamp (3)
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."payment_event_checkpoints" (
	"consumer" varchar(100) PRIMARY KEY NOT NULL,
	"last_sequence" bigint NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."sync_run_entities" (
	"run_id" uuid NOT NULL,
	"entity_type" varchar(30) NOT NULL,
	"files" text[] DEFAULT '{}'::text[] NOT NULL,
	"inserted_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"unchanged_count" integer DEFAULT 0 NOT NULL,
	"rejected_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pk_sync_run_entities" PRIMARY KEY("run_id","entity_type")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."sync_run_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"entity_type" varchar(30) NOT NULL,
	"code" varchar(20) NOT NULL,
	"file" varchar(255),
	"line" integer,
	"batch_index" integer,
	"natural_key" varchar(100),
	"field" varchar(100),
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_system" varchar(10) NOT NULL,
	"entity_types" varchar(30)[] NOT NULL,
	"trigger" varchar(10) NOT NULL,
	"triggered_by" varchar(50) NOT NULL,
	"status" varchar(10) NOT NULL,
	"started_at" timestamp (3) DEFAULT now() NOT NULL,
	"finished_at" timestamp (3),
	"inserted_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"unchanged_count" integer DEFAULT 0 NOT NULL,
	"rejected_count" integer DEFAULT 0 NOT NULL,
	"files" text[] DEFAULT '{}'::text[] NOT NULL,
	"failure_reason" text
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."sync_sightings" (
	"entity_type" varchar(30) NOT NULL,
	"key_part1" varchar(20) NOT NULL,
	"key_part2" varchar(100) DEFAULT '' NOT NULL,
	"source_system" varchar(10) NOT NULL,
	"last_seen_at" timestamp (3) NOT NULL,
	"last_seen_run_id" uuid NOT NULL,
	CONSTRAINT "pk_sync_sightings" PRIMARY KEY("entity_type","key_part1","key_part2")
);
--> statement-breakpoint
ALTER TABLE "bank_sync_service"."sync_run_entities" ADD CONSTRAINT "fk_sync_run_entities_run_id" FOREIGN KEY ("run_id") REFERENCES "bank_sync_service"."sync_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."sync_run_errors" ADD CONSTRAINT "fk_sync_run_errors_run_id" FOREIGN KEY ("run_id") REFERENCES "bank_sync_service"."sync_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_audit_log_entity" ON "bank_sync_service"."audit_log" USING btree ("entity_type","entity_key","occurred_at");--> statement-breakpoint
CREATE INDEX "idx_audit_log_occurred_at" ON "bank_sync_service"."audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "idx_audit_log_actor" ON "bank_sync_service"."audit_log" USING btree ("actor");--> statement-breakpoint
CREATE INDEX "idx_payment_applications_loan_account_number" ON "bank_sync_service"."payment_applications" USING btree ("loan_account_number");--> statement-breakpoint
CREATE INDEX "idx_sync_run_entities_entity_type" ON "bank_sync_service"."sync_run_entities" USING btree ("entity_type");--> statement-breakpoint
CREATE INDEX "idx_sync_run_errors_run_id" ON "bank_sync_service"."sync_run_errors" USING btree ("run_id","id");--> statement-breakpoint
CREATE INDEX "idx_sync_runs_started_at" ON "bank_sync_service"."sync_runs" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "idx_sync_runs_source_system_started_at" ON "bank_sync_service"."sync_runs" USING btree ("source_system","started_at");