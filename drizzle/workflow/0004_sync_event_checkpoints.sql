CREATE TABLE "workflow_service"."sync_event_checkpoints" (
	"consumer" varchar(100) PRIMARY KEY NOT NULL,
	"last_sequence" bigint NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL
);
