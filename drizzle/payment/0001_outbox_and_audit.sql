CREATE TABLE "payment_service"."audit_log" (
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
CREATE TABLE "payment_service"."payment_events" (
	"sequence" bigint PRIMARY KEY NOT NULL,
	"event_type" varchar(20) NOT NULL,
	"payment_reference_number" varchar(20) NOT NULL,
	"loan_account_number" varchar(20) NOT NULL,
	"cif" varchar(20) NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"status" varchar(20) NOT NULL,
	"occurred_at" timestamp (3) DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_service"."payment_events" ADD CONSTRAINT "fk_payment_events_payment_reference_number" FOREIGN KEY ("payment_reference_number") REFERENCES "payment_service"."payments"("reference_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_audit_log_entity" ON "payment_service"."audit_log" USING btree ("entity_type","entity_key","occurred_at");--> statement-breakpoint
CREATE INDEX "idx_audit_log_occurred_at" ON "payment_service"."audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "idx_audit_log_actor" ON "payment_service"."audit_log" USING btree ("actor");--> statement-breakpoint
CREATE INDEX "idx_payment_events_payment_reference_number" ON "payment_service"."payment_events" USING btree ("payment_reference_number");--> statement-breakpoint
CREATE INDEX "idx_payment_events_cif_sequence" ON "payment_service"."payment_events" USING btree ("cif","sequence");--> statement-breakpoint
CREATE INDEX "idx_payment_events_loan_account_number_sequence" ON "payment_service"."payment_events" USING btree ("loan_account_number","sequence");--> statement-breakpoint
CREATE INDEX "idx_payment_events_event_type_sequence" ON "payment_service"."payment_events" USING btree ("event_type","sequence");