CREATE TABLE "access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"petition_id" uuid NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"jurisdiction_id" uuid NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "counters_jurisdiction_id_name_year_pk" PRIMARY KEY("jurisdiction_id","name","year")
);
--> statement-breakpoint
CREATE TABLE "petition_accused" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"position" text,
	"unit_id" uuid,
	"unit_name" text,
	"cadre_id" uuid
);
--> statement-breakpoint
CREATE TABLE "petition_attachments" (
	"petition_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "petition_attachments_petition_id_file_id_pk" PRIMARY KEY("petition_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"code" text NOT NULL,
	"channel" text NOT NULL,
	"round_id" uuid,
	"source_department_id" uuid,
	"source_reference" text,
	"received_on" date NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"identity_cipher" text,
	"petitioner_name_masked" text,
	"petitioner_phone_masked" text,
	"petitioner_id_hash" text,
	"petitioner_phone_hash" text,
	"id_number_problem" text,
	"phone_problem" text,
	"focus" text,
	"disciplines" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text NOT NULL,
	"content" text NOT NULL,
	"state" text DEFAULT 'registered' NOT NULL,
	"registered_by" uuid,
	"handler_id" uuid,
	"handling_department_id" uuid,
	"transfer_department_id" uuid,
	"transfer_due_on" date,
	"acceptance_due_on" date NOT NULL,
	"accepted_on" date,
	"conclusion_due_on" date,
	"extension_days" integer,
	"not_accepted_reason" text,
	"answer_method" text,
	"answered_on" date,
	"answer_content" text,
	"case_group_id" uuid,
	"review_flag" text,
	"review_note" text,
	"clue_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"minhash" text,
	"dedup_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_vector" "tsvector",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_groups" ADD CONSTRAINT "case_groups_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_groups" ADD CONSTRAINT "case_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counters" ADD CONSTRAINT "counters_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_accused" ADD CONSTRAINT "petition_accused_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_accused" ADD CONSTRAINT "petition_accused_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_accused" ADD CONSTRAINT "petition_accused_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD CONSTRAINT "petition_attachments_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD CONSTRAINT "petition_attachments_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD CONSTRAINT "petition_attachments_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_source_department_id_departments_id_fk" FOREIGN KEY ("source_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_handling_department_id_departments_id_fk" FOREIGN KEY ("handling_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_transfer_department_id_departments_id_fk" FOREIGN KEY ("transfer_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_case_group_id_case_groups_id_fk" FOREIGN KEY ("case_group_id") REFERENCES "public"."case_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_requests_petition_idx" ON "access_requests" USING btree ("petition_id","requester_id");--> statement-breakpoint
CREATE INDEX "petition_accused_petition_idx" ON "petition_accused" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "petition_accused_unit_idx" ON "petition_accused" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "petition_accused_name_idx" ON "petition_accused" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_code_uq" ON "petitions" USING btree ("jurisdiction_id","code");--> statement-breakpoint
CREATE INDEX "petitions_state_idx" ON "petitions" USING btree ("jurisdiction_id","state");--> statement-breakpoint
CREATE INDEX "petitions_received_idx" ON "petitions" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "petitions_search_idx" ON "petitions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "petitions_bands_idx" ON "petitions" USING gin ("dedup_bands");--> statement-breakpoint
CREATE INDEX "petitions_id_hash_idx" ON "petitions" USING btree ("petitioner_id_hash");--> statement-breakpoint
CREATE INDEX "petitions_phone_hash_idx" ON "petitions" USING btree ("petitioner_phone_hash");--> statement-breakpoint
CREATE INDEX "petitions_group_idx" ON "petitions" USING btree ("case_group_id");