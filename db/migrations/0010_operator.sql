-- The new users columns first: the table rebuild below copies them from the old table.
ALTER TABLE `users` ADD `operator` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `disabled_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `invite_token_hash` text;--> statement-breakpoint
ALTER TABLE `users` ADD `invite_expires_at` integer;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`account_uid` text,
	`display_name` text NOT NULL,
	`operator` integer DEFAULT false NOT NULL,
	`disabled_at` integer,
	`invite_token_hash` text,
	`invite_expires_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`account_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "password_hash", "account_uid", "display_name", "operator", "disabled_at", "invite_token_hash", "invite_expires_at", "created_at") SELECT "id", "email", "password_hash", "account_uid", "display_name", "operator", "disabled_at", "invite_token_hash", "invite_expires_at", "created_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `ram_policy` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `disabled_at` integer;--> statement-breakpoint
ALTER TABLE `circuits` ADD `redundant_circuit_id` text;
