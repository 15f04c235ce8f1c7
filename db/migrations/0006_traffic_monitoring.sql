CREATE TABLE `outbound_transfer_bills` (
	`id` text PRIMARY KEY NOT NULL,
	`hosted_connection_id` text NOT NULL,
	`payer_uid` text NOT NULL,
	`month` text NOT NULL,
	`bytes_out` integer NOT NULL,
	`cents_per_gb` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`hosted_connection_id`) REFERENCES `hosted_connections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbound_transfer_bills_port_month_uq` ON `outbound_transfer_bills` (`hosted_connection_id`,`month`);--> statement-breakpoint
CREATE INDEX `outbound_transfer_bills_payer_idx` ON `outbound_transfer_bills` (`payer_uid`,`month`);--> statement-breakpoint
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