ALTER TABLE `audit_events` ADD `owner_uid` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `partner_uid` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `circuit_id` text;--> statement-breakpoint
CREATE INDEX `audit_events_owner_idx` ON `audit_events` (`owner_uid`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_partner_idx` ON `audit_events` (`partner_uid`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_circuit_idx` ON `audit_events` (`circuit_id`,`created_at`);