CREATE TABLE "workflow_service"."audit_log" (
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
CREATE TABLE "workflow_service"."payment_event_checkpoints" (
	"consumer" varchar(100) PRIMARY KEY NOT NULL,
	"last_sequence" bigint NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_audit_log_entity" ON "workflow_service"."audit_log" USING btree ("entity_type","entity_key","occurred_at");--> statement-breakpoint
CREATE INDEX "idx_audit_log_occurred_at" ON "workflow_service"."audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "idx_audit_log_actor" ON "workflow_service"."audit_log" USING btree ("actor");