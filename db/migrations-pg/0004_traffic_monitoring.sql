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
CREATE INDEX "traffic_samples_resolution_bucket_idx" ON "traffic_samples" USING btree ("resolution_seconds","bucket_start");--> statement-breakpoint
CREATE INDEX "traffic_samples_rollup_pending_idx" ON "traffic_samples" USING btree ("instance_id") WHERE "traffic_samples"."rollup_pending" = true;