ALTER TABLE "audit_events" ADD COLUMN "owner_uid" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "partner_uid" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "circuit_id" text;--> statement-breakpoint
CREATE INDEX "audit_events_owner_idx" ON "audit_events" USING btree ("owner_uid","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_partner_idx" ON "audit_events" USING btree ("partner_uid","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_circuit_idx" ON "audit_events" USING btree ("circuit_id","created_at");