CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"published_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_reports" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"signed_hash" text,
	"signature" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_plans" ADD COLUMN "secretary_user_id" uuid;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_plan_id_rectification_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rectification_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_reports" ADD CONSTRAINT "rectification_reports_plan_id_rectification_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rectification_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_reports" ADD CONSTRAINT "rectification_reports_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosures_scope_idx" ON "disclosures" USING btree ("scope","published_on");--> statement-breakpoint
ALTER TABLE "rectification_plans" ADD CONSTRAINT "rectification_plans_secretary_user_id_users_id_fk" FOREIGN KEY ("secretary_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;