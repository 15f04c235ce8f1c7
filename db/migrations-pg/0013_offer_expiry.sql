ALTER TABLE "hosted_connections" ADD COLUMN "offer_expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "hosted_connections" ADD COLUMN "decline_reason" text;--> statement-breakpoint
CREATE INDEX "hosted_connections_offer_expiry_idx" ON "hosted_connections" USING btree ("offer_expires_at") WHERE "hosted_connections"."vpconn_status" = 'UnConfirmed';