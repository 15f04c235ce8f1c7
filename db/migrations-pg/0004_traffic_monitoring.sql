CREATE TABLE "outbound_transfer_bills" (
	"id" text PRIMARY KEY NOT NULL,
	"hosted_connection_id" text NOT NULL,
	"payer_uid" text NOT NULL,
	"month" text NOT NULL,
	"bytes_out" bigint NOT NULL,
	"cents_per_gb" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "traffic_counters" (
	"instance_id" text NOT NULL,
	"counter" text NOT NULL,
	"value" double precision NOT NULL,
	"sampled_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "traffic_counters_instance_id_counter_pk" PRIMARY KEY("instance_id","counter")
);
--> statement-breakpoint
CREATE TABLE "traffic_samples" (
	"instance_id" text NOT NULL,
	"resolution_seconds" integer NOT NULL,
	"bucket_start" timestamp (3) with time zone NOT NULL,
	"bytes_in" bigint DEFAULT 0 NOT NULL,
	"bytes_out" bigint DEFAULT 0 NOT NULL,
	"packets_in" bigint DEFAULT 0 NOT NULL,
	"packets_out" bigint DEFAULT 0 NOT NULL,
	"dropped_bytes_in" bigint DEFAULT 0 NOT NULL,
	"dropped_bytes_out" bigint DEFAULT 0 NOT NULL,
	"dropped_packets_in" bigint DEFAULT 0 NOT NULL,
	"dropped_packets_out" bigint DEFAULT 0 NOT NULL,
	"link_up" boolean,
	"rollup_pending" boolean DEFAULT false NOT NULL,
	CONSTRAINT "traffic_samples_instance_id_resolution_seconds_bucket_start_pk" PRIMARY KEY("instance_id","resolution_seconds","bucket_start")
);
--> statement-breakpoint
ALTER TABLE "outbound_transfer_bills" ADD CONSTRAINT "outbound_transfer_bills_hosted_connection_id_hosted_connections_id_fk" FOREIGN KEY ("hosted_connection_id") REFERENCES "public"."hosted_connections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_transfer_bills" ADD CONSTRAINT "outbound_transfer_bills_payer_uid_accounts_uid_fk" FOREIGN KEY ("payer_uid") REFERENCES "public"."accounts"("uid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_transfer_bills_port_month_uq" ON "outbound_transfer_bills" USING btree ("hosted_connection_id","month");--> statement-breakpoint
CREATE INDEX "outbound_transfer_bills_payer_idx" ON "outbound_transfer_bills" USING btree ("payer_uid","month");--> statement-breakpoint
CREATE INDEX "traffic_samples_resolution_bucket_idx" ON "traffic_samples" USING btree ("resolution_seconds","bucket_start");--> statement-breakpoint
CREATE INDEX "traffic_samples_rollup_pending_idx" ON "traffic_samples" USING btree ("instance_id") WHERE "traffic_samples"."rollup_pending" = true;