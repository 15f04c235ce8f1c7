CREATE TABLE `traffic_counters` (
	`instance_id` text NOT NULL,
	`counter` text NOT NULL,
	`value` real NOT NULL,
	`sampled_at` integer NOT NULL,
	PRIMARY KEY(`instance_id`, `counter`)
);
--> statement-breakpoint
CREATE TABLE `traffic_samples` (
	`instance_id` text NOT NULL,
	`resolution_seconds` integer NOT NULL,
	`bucket_start` integer NOT NULL,
	`bytes_in` integer DEFAULT 0 NOT NULL,
	`bytes_out` integer DEFAULT 0 NOT NULL,
	`packets_in` integer DEFAULT 0 NOT NULL,
	`packets_out` integer DEFAULT 0 NOT NULL,
	`dropped_bytes_in` integer DEFAULT 0 NOT NULL,
	`dropped_bytes_out` integer DEFAULT 0 NOT NULL,
	`dropped_packets_in` integer DEFAULT 0 NOT NULL,
	`dropped_packets_out` integer DEFAULT 0 NOT NULL,
	`link_up` integer,
	`rollup_pending` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`instance_id`, `resolution_seconds`, `bucket_start`)
);
--> statement-breakpoint
CREATE INDEX `traffic_samples_resolution_bucket_idx` ON `traffic_samples` (`resolution_seconds`,`bucket_start`);--> statement-breakpoint
CREATE INDEX `traffic_samples_rollup_pending_idx` ON `traffic_samples` (`instance_id`) WHERE "traffic_samples"."rollup_pending" = 1;