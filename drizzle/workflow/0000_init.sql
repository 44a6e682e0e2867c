CREATE TABLE "workflow_service"."action_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"loan_account_number" varchar(20) NOT NULL,
	"agent_id" uuid NOT NULL,
	"type" varchar(20) NOT NULL,
	"subtype" varchar(30) NOT NULL,
	"action_result" varchar(30) NOT NULL,
	"action_date" timestamp (3) NOT NULL,
	"notes" text,
	"call_trace_id" varchar(20),
	"visit_latitude" numeric(10, 8),
	"visit_longitude" numeric(11, 8),
	"visit_address" text,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_service"."agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" varchar(20) NOT NULL,
	"name" varchar(100) NOT NULL,
	"email" varchar(100) NOT NULL,
	"phone" varchar(20),
	"type" varchar(20) NOT NULL,
	"team" varchar(30) NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	CONSTRAINT "uq_agents_employee_id" UNIQUE("employee_id"),
	CONSTRAINT "uq_agents_email" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "workflow_service"."customer_agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"assigned_call_agent_id" uuid,
	"assigned_field_agent_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"is_current" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_service"."customer_case_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"agent_id" uuid NOT NULL,
	"action_date" timestamp (3) NOT NULL,
	"notes" text,
	"customer_status" varchar(30),
	"collateral_status" varchar(30),
	"processing_state_status" varchar(30),
	"lending_violation_status" varchar(30),
	"recovery_ability_status" varchar(30),
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	"created_by" varchar(50) NOT NULL,
	"updated_by" varchar(50) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_service"."customer_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cif" varchar(20) NOT NULL,
	"assigned_call_agent_id" uuid,
	"assigned_field_agent_id" uuid,
	"f_update" timestamp (3),
	"customer_status" varchar(30) NOT NULL,
	"collateral_status" varchar(30) NOT NULL,
	"processing_state_status" varchar(30) NOT NULL,
	"lending_violation_status" varchar(30) NOT NULL,
	"recovery_ability_status" varchar(30) NOT NULL,
	"created_at" timestamp (3) DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) DEFAULT now() NOT NULL,
	CONSTRAINT "uq_customer_cases_cif" UNIQUE("cif")
);
--> statement-breakpoint
ALTER TABLE "workflow_service"."action_records" ADD CONSTRAINT "fk_action_records_agent_id" FOREIGN KEY ("agent_id") REFERENCES "workflow_service"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_service"."customer_agents" ADD CONSTRAINT "fk_customer_agents_assigned_call_agent_id" FOREIGN KEY ("assigned_call_agent_id") REFERENCES "workflow_service"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_service"."customer_agents" ADD CONSTRAINT "fk_customer_agents_assigned_field_agent_id" FOREIGN KEY ("assigned_field_agent_id") REFERENCES "workflow_service"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_service"."customer_case_actions" ADD CONSTRAINT "fk_customer_case_actions_agent_id" FOREIGN KEY ("agent_id") REFERENCES "workflow_service"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_service"."customer_cases" ADD CONSTRAINT "fk_customer_cases_assigned_call_agent_id" FOREIGN KEY ("assigned_call_agent_id") REFERENCES "workflow_service"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_service"."customer_cases" ADD CONSTRAINT "fk_customer_cases_assigned_field_agent_id" FOREIGN KEY ("assigned_field_agent_id") REFERENCES "workflow_service"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_action_records_cif" ON "workflow_service"."action_records" USING btree ("cif");--> statement-breakpoint
CREATE INDEX "idx_action_records_loan_account_number" ON "workflow_service"."action_records" USING btree ("loan_account_number");--> statement-breakpoint
CREATE INDEX "idx_action_records_agent_id" ON "workflow_service"."action_records" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "idx_action_records_type" ON "workflow_service"."action_records" USING btree ("type");--> statement-breakpoint
CREATE INDEX "idx_action_records_action_date" ON "workflow_service"."action_records" USING btree ("action_date");--> statement-breakpoint
CREATE INDEX "idx_action_records_action_result" ON "workflow_service"."action_records" USING btree ("action_result");--> statement-breakpoint
CREATE INDEX "idx_action_records_cif_action_date" ON "workflow_service"."action_records" USING btree ("cif","action_date");--> statement-breakpoint
CREATE INDEX "idx_action_records_loan_account_number_action_date" ON "workflow_service"."action_records" USING btree ("loan_account_number","action_date");--> statement-breakpoint
CREATE INDEX "idx_agents_team" ON "workflow_service"."agents" USING btree ("team");--> statement-breakpoint
CREATE INDEX "idx_agents_type" ON "workflow_service"."agents" USING btree ("type");--> statement-breakpoint
CREATE INDEX "idx_agents_is_active" ON "workflow_service"."agents" USING btree ("is_active");--> statement-breakpoint
CREATE INDEX "idx_customer_agents_cif" ON "workflow_service"."customer_agents" USING btree ("cif");--> statement-breakpoint
CREATE INDEX "idx_customer_agents_assigned_call_agent_id" ON "workflow_service"."customer_agents" USING btree ("assigned_call_agent_id");--> statement-breakpoint
CREATE INDEX "idx_customer_agents_assigned_field_agent_id" ON "workflow_service"."customer_agents" USING btree ("assigned_field_agent_id");--> statement-breakpoint
CREATE INDEX "idx_customer_agents_is_current" ON "workflow_service"."customer_agents" USING btree ("is_current");--> statement-breakpoint
CREATE INDEX "idx_customer_agents_cif_is_current" ON "workflow_service"."customer_agents" USING btree ("cif","is_current");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_customer_agents_cif_current" ON "workflow_service"."customer_agents" USING btree ("cif") WHERE "workflow_service"."customer_agents"."is_current";--> statement-breakpoint
CREATE INDEX "idx_customer_case_actions_cif" ON "workflow_service"."customer_case_actions" USING btree ("cif");--> statement-breakpoint
CREATE INDEX "idx_customer_case_actions_agent_id" ON "workflow_service"."customer_case_actions" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "idx_customer_case_actions_action_date" ON "workflow_service"."customer_case_actions" USING btree ("action_date");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_assigned_call_agent_id" ON "workflow_service"."customer_cases" USING btree ("assigned_call_agent_id");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_assigned_field_agent_id" ON "workflow_service"."customer_cases" USING btree ("assigned_field_agent_id");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_f_update" ON "workflow_service"."customer_cases" USING btree ("f_update");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_customer_status" ON "workflow_service"."customer_cases" USING btree ("customer_status");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_processing_state_status" ON "workflow_service"."customer_cases" USING btree ("processing_state_status");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_recovery_ability_status" ON "workflow_service"."customer_cases" USING btree ("recovery_ability_status");--> statement-breakpoint
CREATE INDEX "idx_customer_cases_status_composite" ON "workflow_service"."customer_cases" USING btree ("customer_status","processing_state_status","recovery_ability_status");