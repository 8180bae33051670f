CREATE TABLE "petition_deadline_notices" (
	"petition_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "petition_deadline_notices_petition_id_kind_due_on_pk" PRIMARY KEY("petition_id","kind","due_on")
);
--> statement-breakpoint
ALTER TABLE "petition_deadline_notices" ADD CONSTRAINT "petition_deadline_notices_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;