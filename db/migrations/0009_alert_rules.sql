CREATE TABLE `alert_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule_id` text NOT NULL,
	`owner_uid` text NOT NULL,
	`resource_type` text NOT NULL,
	`resource_id` text NOT NULL,
	`rule_name` text NOT NULL,
	`from_state` text NOT NULL,
	`to_state` text NOT NULL,
	`value` real,
	`threshold` real NOT NULL,
	`period_start` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`owner_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `alert_history_resource_idx` ON `alert_history` (`resource_type`,`resource_id`,`at`);--> statement-breakpoint
CREATE TABLE `alert_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_uid` text NOT NULL,
	`resource_type` text NOT NULL,
	`resource_id` text NOT NULL,
	`name` text NOT NULL,
	`metric` text NOT NULL,
	`statistic` text NOT NULL,
	`comparison` text NOT NULL,
	`threshold` real NOT NULL,
	`period_seconds` integer NOT NULL,
	`consecutive_periods` integer NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text NOT NULL,
	`mute_seconds` integer NOT NULL,
	`notify_console` integer NOT NULL,
	`webhook_urls` text NOT NULL,
	`webhook_secret_ciphertext` text NOT NULL,
	`enabled` integer NOT NULL,
	`state` text NOT NULL,
	`breach_streak` integer DEFAULT 0 NOT NULL,
	`missing_streak` integer DEFAULT 0 NOT NULL,
	`last_value` real,
	`last_notified_at` integer,
	`alarm_notified` integer DEFAULT false NOT NULL,
	`state_changed_at` integer NOT NULL,
	`evaluated_until` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`owner_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `alert_rules_resource_idx` ON `alert_rules` (`resource_type`,`resource_id`);--> statement-breakpoint
CREATE INDEX `alert_rules_owner_idx` ON `alert_rules` (`owner_uid`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule_id` text NOT NULL,
	`owner_uid` text NOT NULL,
	`url` text NOT NULL,
	`event` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_attempt_at` integer,
	`last_response_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`rule_id`) REFERENCES `alert_rules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_rule_idx` ON `webhook_deliveries` (`rule_id`,`created_at`);