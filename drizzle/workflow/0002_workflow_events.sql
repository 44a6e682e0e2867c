CREATE TABLE "workflow_service"."workflow_events" (
	"sequence" bigint PRIMARY KEY NOT NULL,
	"event_type" varchar(20) NOT NULL,
	"occurred_at" timestamp (3) DEFAULT now() NOT NULL,
	"entity_type" varchar(30) NOT NULL,
	"entity_id" varchar(40) NOT NULL,
	"cif" varchar(20) NOT NULL,
	"agent_id" uuid,
	"agent_ids" uuid[] NOT NULL,
	"teams" varchar(30)[] NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_workflow_events_cif_sequence" ON "workflow_service"."workflow_events" USING btree ("cif","sequence");