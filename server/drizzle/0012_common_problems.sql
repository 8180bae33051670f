CREATE TABLE "common_problem_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"common_problem_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"message" text NOT NULL,
	"clue_id" uuid,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "common_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"finding_ids" uuid[] NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"cooperating_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"responsible_leader" text NOT NULL,
	"measures" text NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"closure_requested_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up_visits" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "common_problem_escalations" ADD CONSTRAINT "common_problem_escalations_common_problem_id_common_problems_id_fk" FOREIGN KEY ("common_problem_id") REFERENCES "public"."common_problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_problem_escalations" ADD CONSTRAINT "common_problem_escalations_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_problems" ADD CONSTRAINT "common_problems_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_problems" ADD CONSTRAINT "common_problems_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_problems" ADD CONSTRAINT "common_problems_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_problems" ADD CONSTRAINT "common_problems_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "common_problem_escalations_uq" ON "common_problem_escalations" USING btree ("common_problem_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "common_problems_state_idx" ON "common_problems" USING btree ("jurisdiction_id","state","due_on");