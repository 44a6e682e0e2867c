CREATE TABLE "payment_service"."collection_days" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"closed_before" date,
	CONSTRAINT "ck_collection_days_singleton" CHECK ("payment_service"."collection_days"."singleton")
);
--> statement-breakpoint
CREATE TABLE "payment_service"."daily_collections" (
	"day" date NOT NULL,
	"status" varchar(20) NOT NULL,
	"payment_method" varchar(20) NOT NULL,
	"source_system" varchar(10) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"payment_count" integer NOT NULL,
	"amount" numeric NOT NULL,
	CONSTRAINT "pk_daily_collections" PRIMARY KEY("day","status","payment_method","source_system","currency")
);
