CREATE TABLE "payment_service"."payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference_number" varchar(20) NOT NULL,
	"loan_account_number" varchar(20) NOT NULL,
	"cif" varchar(20) NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"payment_date" timestamp (3) NOT NULL,
	"payment_method" varchar(20) NOT NULL,
	"status" varchar(20) NOT NULL,
	"status_reason" text,
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_payments_reference_number" UNIQUE("reference_number")
);
--> statement-breakpoint
CREATE INDEX "idx_payments_loan_account_number" ON "payment_service"."payments" USING btree ("loan_account_number");--> statement-breakpoint
CREATE INDEX "idx_payments_cif" ON "payment_service"."payments" USING btree ("cif");--> statement-breakpoint
CREATE INDEX "idx_payments_payment_date" ON "payment_service"."payments" USING btree ("payment_date");--> statement-breakpoint
CREATE INDEX "idx_payments_status" ON "payment_service"."payments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_payments_loan_account_number_payment_date" ON "payment_service"."payments" USING btree ("loan_account_number","payment_date");--> statement-breakpoint
CREATE INDEX "idx_payments_cif_payment_date" ON "payment_service"."payments" USING btree ("cif","payment_date");