ALTER TABLE `hosted_connections` ADD `auto_renew` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `hosted_connections` ADD `expiry_notice` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `service_from` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `service_until` integer;--> statement-breakpoint
ALTER TABLE `refunds` ADD `computation` text;--> statement-breakpoint
ALTER TABLE `vbrs` ADD `stopped_by_expiry` integer DEFAULT false NOT NULL;