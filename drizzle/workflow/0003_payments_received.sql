CREATE TABLE "workflow_service"."payments_received" (
	"payment_reference_number" varchar(20) PRIMARY KEY NOT NULL,
	"cif" varchar(20) NOT NULL,
	"received_at" timestamp (3) NOT NULL,
	"reversed_at" timestamp (3)
);
--> statement-breakpoint
CREATE INDEX "idx_payments_received_cif_received_at" ON "workflow_service"."payments_received" USING btree ("cif","received_at");