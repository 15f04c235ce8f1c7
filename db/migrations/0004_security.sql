CREATE TABLE `console_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `console_sessions_user_idx` ON `console_sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `console_sessions_created_idx` ON `console_sessions` (`created_at`);--> statement-breakpoint
CREATE TABLE `log_on_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_key` text NOT NULL,
	`address` text NOT NULL,
	`at` integer NOT NULL,
	`forgiven` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `log_on_attempts_account_idx` ON `log_on_attempts` (`account_key`,`at`);--> statement-breakpoint
CREATE INDEX `log_on_attempts_address_idx` ON `log_on_attempts` (`address`,`at`);--> statement-breakpoint
CREATE INDEX `log_on_attempts_at_idx` ON `log_on_attempts` (`at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_signature_nonces` (
	`access_key_id` text NOT NULL,
	`nonce` text NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`access_key_id`, `nonce`),
	FOREIGN KEY (`access_key_id`) REFERENCES `access_keys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP TABLE `signature_nonces`;--> statement-breakpoint
ALTER TABLE `__new_signature_nonces` RENAME TO `signature_nonces`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `signature_nonces_seen_idx` ON `signature_nonces` (`seen_at`);