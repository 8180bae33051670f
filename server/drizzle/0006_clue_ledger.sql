CREATE TABLE "clue_members" (
	"clue_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clue_members_clue_id_user_id_pk" PRIMARY KEY("clue_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "clue_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clue_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"department_id" uuid,
	"message" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clue_review_decisions" (
	"review_id" uuid NOT NULL,
	"clue_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"receiver_department_id" uuid,
	"note" text,
	CONSTRAINT "clue_review_decisions_review_id_clue_id_pk" PRIMARY KEY("review_id","clue_id")
);
--> statement-breakpoint
CREATE TABLE "clue_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"chair" text NOT NULL,
	"participants" text[] NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clue_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clue_id" uuid NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"receiver_department_id" uuid NOT NULL,
	"proposed_department_id" uuid,
	"change_reason" text,
	"letter_number" text NOT NULL,
	"transferred_on" date NOT NULL,
	"transferred_by" uuid NOT NULL,
	"feedback_due_on" date NOT NULL,
	"on_paper" boolean NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"cadre_id" uuid,
	"person_name" text,
	"unit_id" uuid,
	"unit_name" text,
	"position" text,
	"clue_id" uuid,
	"outcome" text NOT NULL,
	"false_accusation" boolean DEFAULT false NOT NULL,
	"recorded_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "source_activity_id" uuid;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "accused_cadre_level" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "prioritized" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "evidence_petition_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "evidence_activity_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "account_since" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "account_due_on" date;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "last_moved_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "stall" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "handed_over_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "transferred_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "supervised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "receiver_department_id" uuid;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "feedback_due_on" date;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "disposal" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "disposal_on" date;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "review_due_on" date;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "outcome_on" date;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "outcome_note" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "false_accusation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "dual_inquiry_result" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "dual_inquiry_note" text;--> statement-breakpoint
ALTER TABLE "clues" ADD COLUMN "dual_inquiry_on" date;--> statement-breakpoint
ALTER TABLE "clue_members" ADD CONSTRAINT "clue_members_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_members" ADD CONSTRAINT "clue_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_notices" ADD CONSTRAINT "clue_notices_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_notices" ADD CONSTRAINT "clue_notices_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_review_decisions" ADD CONSTRAINT "clue_review_decisions_review_id_clue_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."clue_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_review_decisions" ADD CONSTRAINT "clue_review_decisions_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_review_decisions" ADD CONSTRAINT "clue_review_decisions_receiver_department_id_departments_id_fk" FOREIGN KEY ("receiver_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_reviews" ADD CONSTRAINT "clue_reviews_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_reviews" ADD CONSTRAINT "clue_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_transfers" ADD CONSTRAINT "clue_transfers_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_transfers" ADD CONSTRAINT "clue_transfers_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_transfers" ADD CONSTRAINT "clue_transfers_receiver_department_id_departments_id_fk" FOREIGN KEY ("receiver_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_transfers" ADD CONSTRAINT "clue_transfers_proposed_department_id_departments_id_fk" FOREIGN KEY ("proposed_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_transfers" ADD CONSTRAINT "clue_transfers_transferred_by_users_id_fk" FOREIGN KEY ("transferred_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clue_transfers" ADD CONSTRAINT "clue_transfers_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_records" ADD CONSTRAINT "integrity_records_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_records" ADD CONSTRAINT "integrity_records_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_records" ADD CONSTRAINT "integrity_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_records" ADD CONSTRAINT "integrity_records_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clue_members_user_idx" ON "clue_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clue_notices_uq" ON "clue_notices" USING btree ("clue_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "clue_review_decisions_clue_idx" ON "clue_review_decisions" USING btree ("clue_id");--> statement-breakpoint
CREATE INDEX "clue_reviews_jurisdiction_idx" ON "clue_reviews" USING btree ("jurisdiction_id","held_on");--> statement-breakpoint
CREATE INDEX "clue_transfers_clue_idx" ON "clue_transfers" USING btree ("clue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clue_transfers_letter_uq" ON "clue_transfers" USING btree ("jurisdiction_id","letter_number");--> statement-breakpoint
CREATE INDEX "integrity_records_cadre_idx" ON "integrity_records" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "integrity_records_unit_idx" ON "integrity_records" USING btree ("unit_id");--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_source_activity_id_activities_id_fk" FOREIGN KEY ("source_activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_receiver_department_id_departments_id_fk" FOREIGN KEY ("receiver_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clues_round_idx" ON "clues" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "clues_receiver_idx" ON "clues" USING btree ("receiver_department_id");--> statement-breakpoint
UPDATE "clues" SET "account_since" = "created_at", "last_moved_at" = "updated_at",
  "prioritized" = ("round_id" IS NOT NULL);
