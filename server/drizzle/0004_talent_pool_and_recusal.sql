CREATE TABLE "inspector_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspector_id" uuid NOT NULL,
	"unit_id" uuid,
	"unit_name" text NOT NULL,
	"position" text,
	"from_on" date NOT NULL,
	"to_on" date
);
--> statement-breakpoint
CREATE TABLE "inspector_relatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspector_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relation" text NOT NULL,
	"unit_id" uuid,
	"unit_name" text,
	"position" text
);
--> statement-breakpoint
CREATE TABLE "recusal_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"inspector_id" uuid NOT NULL,
	"conflicts" jsonb NOT NULL,
	"reason" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_team_members" (
	"round_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"inspector_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"override_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_team_members_round_id_inspector_id_pk" PRIMARY KEY("round_id","inspector_id")
);
--> statement-breakpoint
CREATE TABLE "terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspectors" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "inspectors" ADD COLUMN "eligible" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "topic" text;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "authorization_no" text;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "term_id" uuid;--> statement-breakpoint
ALTER TABLE "inspector_positions" ADD CONSTRAINT "inspector_positions_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_positions" ADD CONSTRAINT "inspector_positions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_relatives" ADD CONSTRAINT "inspector_relatives_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_relatives" ADD CONSTRAINT "inspector_relatives_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusal_overrides" ADD CONSTRAINT "recusal_overrides_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusal_overrides" ADD CONSTRAINT "recusal_overrides_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusal_overrides" ADD CONSTRAINT "recusal_overrides_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusal_overrides" ADD CONSTRAINT "recusal_overrides_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusal_overrides" ADD CONSTRAINT "recusal_overrides_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_team_members" ADD CONSTRAINT "round_team_members_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_team_members" ADD CONSTRAINT "round_team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_team_members" ADD CONSTRAINT "round_team_members_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_team_members" ADD CONSTRAINT "round_team_members_override_id_recusal_overrides_id_fk" FOREIGN KEY ("override_id") REFERENCES "public"."recusal_overrides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms" ADD CONSTRAINT "terms_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspector_positions_inspector_idx" ON "inspector_positions" USING btree ("inspector_id");--> statement-breakpoint
CREATE INDEX "inspector_relatives_inspector_idx" ON "inspector_relatives" USING btree ("inspector_id");--> statement-breakpoint
CREATE INDEX "recusal_overrides_round_idx" ON "recusal_overrides" USING btree ("round_id","inspector_id");--> statement-breakpoint
CREATE INDEX "round_team_members_team_idx" ON "round_team_members" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "terms_jurisdiction_idx" ON "terms" USING btree ("jurisdiction_id");--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE no action ON UPDATE no action;