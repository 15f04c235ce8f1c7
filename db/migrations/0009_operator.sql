ALTER TABLE `accounts` ADD `ram_policy` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `disabled_at` integer;--> statement-breakpoint
ALTER TABLE `circuits` ADD `redundant_circuit_id` text;--> statement-breakpoint
ALTER TABLE `users` ADD `operator` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `disabled_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `invite_token_hash` text;--> statement-breakpoint
ALTER TABLE `users` ADD `invite_expires_at` integer;