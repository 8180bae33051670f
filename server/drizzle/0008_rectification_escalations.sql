CREATE TABLE "rectification_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"message" text NOT NULL,
	"clue_id" uuid,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_escalations" ADD CONSTRAINT "rectification_escalations_item_id_rectification_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."rectification_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_escalations" ADD CONSTRAINT "rectification_escalations_clue_id_clues_id_fk" FOREIGN KEY ("clue_id") REFERENCES "public"."clues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rectification_escalations_uq" ON "rectification_escalations" USING btree ("item_id","kind","due_on");