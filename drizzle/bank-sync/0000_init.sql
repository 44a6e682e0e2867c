CREATE TABLE "bank_sync_service"."addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"type" varchar(20) NOT NULL,
	"address_line1" varchar(100) NOT NULL,
	"address_line2" varchar(100),
	"city" varchar(50) NOT NULL,
	"state" varchar(50) NOT NULL,
	"district" varchar(50) NOT NULL,
	"country" varchar(50) NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"is_verified" boolean DEFAULT false NOT NULL,
	"verification_date" timestamp (3),
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_addresses_cif_type" UNIQUE("cif","type")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."collaterals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collateral_number" varchar(20) NOT NULL,
	"cif" varchar(20) NOT NULL,
	"type" varchar(20) NOT NULL,
	"description" text NOT NULL,
	"value" numeric(18, 2) NOT NULL,
	"valuation_date" date NOT NULL,
	"make" varchar(50),
	"model" varchar(50),
	"year" integer,
	"vin" varchar(20),
	"license_plate" varchar(20),
	"property_type" varchar(20),
	"address" text,
	"size" numeric(10, 2),
	"title_number" varchar(20),
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_collaterals_collateral_number" UNIQUE("collateral_number")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20),
	"type" varchar(20) NOT NULL,
	"name" varchar(100),
	"date_of_birth" date,
	"national_id" varchar(20),
	"gender" varchar(10),
	"company_name" varchar(100),
	"registration_number" varchar(20),
	"tax_id" varchar(20),
	"segment" varchar(50) NOT NULL,
	"status" varchar(10) NOT NULL,
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_customers_cif" UNIQUE("cif")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."due_segmentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_account_number" varchar(20) NOT NULL,
	"due_date" date NOT NULL,
	"principal_amount" numeric(18, 2) NOT NULL,
	"interest_amount" numeric(18, 2) NOT NULL,
	"fees_amount" numeric(18, 2) NOT NULL,
	"penalty_amount" numeric(18, 2) NOT NULL,
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_due_segmentations_loan_account_number_due_date" UNIQUE("loan_account_number","due_date")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"address" varchar(100) NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"is_verified" boolean DEFAULT false NOT NULL,
	"verification_date" timestamp (3),
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_emails_cif_address" UNIQUE("cif","address")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."loan_collaterals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_account_number" varchar(20) NOT NULL,
	"collateral_number" varchar(20) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"source_system" varchar(10) NOT NULL,
	CONSTRAINT "uq_loan_collaterals_loan_account_number_collateral_number" UNIQUE("loan_account_number","collateral_number")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_number" varchar(20) NOT NULL,
	"cif" varchar(20) NOT NULL,
	"product_type" varchar(20) NOT NULL,
	"original_amount" numeric(18, 2) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"disbursement_date" date NOT NULL,
	"maturity_date" date NOT NULL,
	"interest_rate" numeric(8, 4) NOT NULL,
	"term" integer NOT NULL,
	"payment_frequency" varchar(20) NOT NULL,
	"limit" numeric(18, 2),
	"outstanding" numeric(18, 2) NOT NULL,
	"remaining_amount" numeric(18, 2) NOT NULL,
	"due_amount" numeric(18, 2) NOT NULL,
	"min_pay" numeric(18, 2),
	"next_payment_date" date NOT NULL,
	"dpd" integer NOT NULL,
	"delinquency_status" varchar(20) NOT NULL,
	"status" varchar(10) NOT NULL,
	"close_date" date,
	"resolution_code" varchar(20),
	"resolution_notes" text,
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_loans_account_number" UNIQUE("account_number")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"type" varchar(20) NOT NULL,
	"number" varchar(20) NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"is_verified" boolean DEFAULT false NOT NULL,
	"verification_date" timestamp (3),
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_phones_cif_type" UNIQUE("cif","type")
);
--> statement-breakpoint
CREATE TABLE "bank_sync_service"."reference_customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref_cif" varchar(20) NOT NULL,
	"primary_cif" varchar(20) NOT NULL,
	"relationship_type" varchar(30) NOT NULL,
	"type" varchar(20) NOT NULL,
	"name" varchar(100),
	"date_of_birth" date,
	"national_id" varchar(20),
	"gender" varchar(10),
	"company_name" varchar(100),
	"registration_number" varchar(20),
	"tax_id" varchar(20),
	"source_system" varchar(10) NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"is_editable" boolean DEFAULT true NOT NULL,
	"last_synced_at" timestamp (3),
	CONSTRAINT "uq_reference_customers_ref_cif" UNIQUE("ref_cif")
);
--> statement-breakpoint
ALTER TABLE "bank_sync_service"."addresses" ADD CONSTRAINT "fk_addresses_cif" FOREIGN KEY ("cif") REFERENCES "bank_sync_service"."customers"("cif") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."collaterals" ADD CONSTRAINT "fk_collaterals_cif" FOREIGN KEY ("cif") REFERENCES "bank_sync_service"."customers"("cif") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."due_segmentations" ADD CONSTRAINT "fk_due_segmentations_loan_account_number" FOREIGN KEY ("loan_account_number") REFERENCES "bank_sync_service"."loans"("account_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."emails" ADD CONSTRAINT "fk_emails_cif" FOREIGN KEY ("cif") REFERENCES "bank_sync_service"."customers"("cif") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."loan_collaterals" ADD CONSTRAINT "fk_loan_collaterals_loan_account_number" FOREIGN KEY ("loan_account_number") REFERENCES "bank_sync_service"."loans"("account_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."loan_collaterals" ADD CONSTRAINT "fk_loan_collaterals_collateral_number" FOREIGN KEY ("collateral_number") REFERENCES "bank_sync_service"."collaterals"("collateral_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."loans" ADD CONSTRAINT "fk_loans_cif" FOREIGN KEY ("cif") REFERENCES "bank_sync_service"."customers"("cif") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."phones" ADD CONSTRAINT "fk_phones_cif" FOREIGN KEY ("cif") REFERENCES "bank_sync_service"."customers"("cif") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_sync_service"."reference_customers" ADD CONSTRAINT "fk_reference_customers_primary_cif" FOREIGN KEY ("primary_cif") REFERENCES "bank_sync_service"."customers"("cif") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_addresses_city" ON "bank_sync_service"."addresses" USING btree ("city");--> statement-breakpoint
CREATE INDEX "idx_addresses_state" ON "bank_sync_service"."addresses" USING btree ("state");--> statement-breakpoint
CREATE INDEX "idx_addresses_country" ON "bank_sync_service"."addresses" USING btree ("country");--> statement-breakpoint
CREATE INDEX "idx_collaterals_cif" ON "bank_sync_service"."collaterals" USING btree ("cif");--> statement-breakpoint
CREATE INDEX "idx_collaterals_type" ON "bank_sync_service"."collaterals" USING btree ("type");--> statement-breakpoint
CREATE INDEX "idx_collaterals_vin" ON "bank_sync_service"."collaterals" USING btree ("vin");--> statement-breakpoint
CREATE INDEX "idx_collaterals_license_plate" ON "bank_sync_service"."collaterals" USING btree ("license_plate");--> statement-breakpoint
CREATE INDEX "idx_collaterals_title_number" ON "bank_sync_service"."collaterals" USING btree ("title_number");--> statement-breakpoint
CREATE INDEX "idx_customers_national_id" ON "bank_sync_service"."customers" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "idx_customers_registration_number" ON "bank_sync_service"."customers" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "idx_customers_segment" ON "bank_sync_service"."customers" USING btree ("segment");--> statement-breakpoint
CREATE INDEX "idx_customers_status" ON "bank_sync_service"."customers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_customers_type" ON "bank_sync_service"."customers" USING btree ("type");--> statement-breakpoint
CREATE INDEX "idx_customers_name" ON "bank_sync_service"."customers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_due_segmentations_due_date" ON "bank_sync_service"."due_segmentations" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "idx_emails_address" ON "bank_sync_service"."emails" USING btree ("address");--> statement-breakpoint
CREATE INDEX "idx_loan_collaterals_collateral_number" ON "bank_sync_service"."loan_collaterals" USING btree ("collateral_number");--> statement-breakpoint
CREATE INDEX "idx_loans_cif" ON "bank_sync_service"."loans" USING btree ("cif");--> statement-breakpoint
CREATE INDEX "idx_loans_product_type" ON "bank_sync_service"."loans" USING btree ("product_type");--> statement-breakpoint
CREATE INDEX "idx_loans_status" ON "bank_sync_service"."loans" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_loans_dpd" ON "bank_sync_service"."loans" USING btree ("dpd");--> statement-breakpoint
CREATE INDEX "idx_loans_delinquency_status" ON "bank_sync_service"."loans" USING btree ("delinquency_status");--> statement-breakpoint
CREATE INDEX "idx_loans_next_payment_date" ON "bank_sync_service"."loans" USING btree ("next_payment_date");--> statement-breakpoint
CREATE INDEX "idx_phones_number" ON "bank_sync_service"."phones" USING btree ("number");--> statement-breakpoint
CREATE INDEX "idx_reference_customers_primary_cif" ON "bank_sync_service"."reference_customers" USING btree ("primary_cif");--> statement-breakpoint
CREATE INDEX "idx_reference_customers_relationship_type" ON "bank_sync_service"."reference_customers" USING btree ("relationship_type");--> statement-breakpoint
CREATE INDEX "idx_reference_customers_national_id" ON "bank_sync_service"."reference_customers" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "idx_reference_customers_registration_number" ON "bank_sync_service"."reference_customers" USING btree ("registration_number");