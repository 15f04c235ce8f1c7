ALTER TABLE `audit_events` ADD `dry_run` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_events_actor_dry_run_idx` ON `audit_events` (`actor_uid`,`dry_run`,`created_at`);