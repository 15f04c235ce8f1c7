ALTER TABLE `hosted_connections` ADD `offer_expires_at` integer;--> statement-breakpoint
ALTER TABLE `hosted_connections` ADD `decline_reason` text;--> statement-breakpoint
CREATE INDEX `hosted_connections_offer_expiry_idx` ON `hosted_connections` (`offer_expires_at`) WHERE "hosted_connections"."vpconn_status" = 'UnConfirmed';