CREATE TABLE "round_targets" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"team_id" uuid,
	CONSTRAINT "round_targets_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"stage" text DEFAULT 'preparation' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"source_petition_id" uuid,
	"round_id" uuid,
	"accused_name" text,
	"accused_position" text,
	"accused_unit_id" uuid,
	"accused_unit_name" text,
	"accused_cadre_id" uuid,
	"focus" text,
	"disciplines" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text NOT NULL,
	"account" text DEFAULT 'recorded' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "review_flagged_by" uuid;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "review_flagged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "round_targets" ADD CONSTRAINT "round_targets_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_targets" ADD CONSTRAINT "round_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_targets" ADD CONSTRAINT "round_targets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_source_petition_id_petitions_id_fk" FOREIGN KEY ("source_petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_accused_unit_id_units_id_fk" FOREIGN KEY ("accused_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_accused_cadre_id_cadres_id_fk" FOREIGN KEY ("accused_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clues" ADD CONSTRAINT "clues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "round_targets_team_idx" ON "round_targets" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "round_targets_unit_idx" ON "round_targets" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "rounds_jurisdiction_idx" ON "rounds" USING btree ("jurisdiction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clues_code_uq" ON "clues" USING btree ("jurisdiction_id","code");--> statement-breakpoint
CREATE INDEX "clues_petition_idx" ON "clues" USING btree ("source_petition_id");--> statement-breakpoint
CREATE INDEX "clues_account_idx" ON "clues" USING btree ("jurisdiction_id","account");--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_review_flagged_by_users_id_fk" FOREIGN KEY ("review_flagged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;