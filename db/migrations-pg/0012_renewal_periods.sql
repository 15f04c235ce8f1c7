ALTER TABLE "hosted_connections" ADD COLUMN "auto_renew" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "hosted_connections" ADD COLUMN "expiry_notice" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "service_from" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "service_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "computation" jsonb;--> statement-breakpoint
ALTER TABLE "vbrs" ADD COLUMN "stopped_by_expiry" boolean DEFAULT false NOT NULL;