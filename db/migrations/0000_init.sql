CREATE TABLE `access_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`account_uid` text NOT NULL,
	`secret_ciphertext` text NOT NULL,
	`status` text DEFAULT 'Active' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`last_used_at` integer,
	FOREIGN KEY (`account_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `access_keys_account_idx` ON `access_keys` (`account_uid`);--> statement-breakpoint
CREATE TABLE `access_points` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`name_en` text NOT NULL,
	`name_zh` text NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `accounts` (
	`uid` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`site` text NOT NULL,
	`type` text DEFAULT 'primary' NOT NULL,
	`parent_uid` text,
	`is_partner` integer DEFAULT false NOT NULL,
	`high_spec_allowed` integer DEFAULT false NOT NULL,
	`privilege_valid_from` integer,
	`privilege_valid_until` integer,
	`traffic_billing_enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`parent_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `accounts_parent_idx` ON `accounts` (`parent_uid`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`actor_uid` text,
	`actor_user_id` text,
	`access_key_id` text,
	`via` text NOT NULL,
	`action` text NOT NULL,
	`resource_type` text,
	`resource_id` text,
	`result` text NOT NULL,
	`request_id` text NOT NULL,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_events_resource_idx` ON `audit_events` (`resource_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `circuits` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_uid` text NOT NULL,
	`region_id` text NOT NULL,
	`access_point_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`capacity_mbps` integer NOT NULL,
	`status` text NOT NULL,
	`line_operator` text NOT NULL,
	`port_type` text NOT NULL,
	`circuit_code` text,
	`peer_location` text,
	`vpconn_quota` integer DEFAULT 500 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`enabled_at` integer,
	FOREIGN KEY (`owner_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`access_point_id`) REFERENCES `access_points`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `circuits_owner_region_idx` ON `circuits` (`owner_uid`,`region_id`);--> statement-breakpoint
CREATE TABLE `hosted_connections` (
	`id` text PRIMARY KEY NOT NULL,
	`circuit_id` text NOT NULL,
	`tenant_uid` text NOT NULL,
	`vlan_allocation_id` integer,
	`spec` text NOT NULL,
	`expect_spec` text,
	`order_mode` text NOT NULL,
	`status` text NOT NULL,
	`vpconn_status` text NOT NULL,
	`business_status` text DEFAULT 'Normal' NOT NULL,
	`loa_status` text,
	`paid` integer DEFAULT false NOT NULL,
	`name` text,
	`description` text,
	`resource_group_id` text,
	`source_vbr_id` text,
	`created_by_uid` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`enabled_at` integer,
	`end_time` integer,
	`status_changed_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`circuit_id`) REFERENCES `circuits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tenant_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vlan_allocation_id`) REFERENCES `vlan_allocations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resource_group_id`) REFERENCES `resource_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hosted_connections_circuit_idx` ON `hosted_connections` (`circuit_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `hosted_connections_tenant_idx` ON `hosted_connections` (`tenant_uid`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `hosted_connections_vlan_uq` ON `hosted_connections` (`vlan_allocation_id`);--> statement-breakpoint
CREATE TABLE `idempotency_tokens` (
	`account_uid` text NOT NULL,
	`action` text NOT NULL,
	`token` text NOT NULL,
	`request_hash` text NOT NULL,
	`response` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`account_uid`, `action`, `token`)
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`payer_uid` text NOT NULL,
	`hosted_connection_id` text NOT NULL,
	`type` text NOT NULL,
	`spec` text NOT NULL,
	`pricing_cycle` text NOT NULL,
	`period` integer NOT NULL,
	`auto_renew` integer DEFAULT false NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`paid_at` integer,
	FOREIGN KEY (`payer_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hosted_connection_id`) REFERENCES `hosted_connections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_payer_idx` ON `orders` (`payer_uid`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_hosted_connection_idx` ON `orders` (`hosted_connection_id`);--> statement-breakpoint
CREATE TABLE `privilege_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`account_uid` text NOT NULL,
	`quota_id` text NOT NULL,
	`value` text NOT NULL,
	`valid_from` integer,
	`valid_until` integer,
	`reason` text NOT NULL,
	`notify_result` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`account_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `privilege_applications_account_idx` ON `privilege_applications` (`account_uid`,`created_at`);--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`payer_uid` text NOT NULL,
	`hosted_connection_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hosted_connection_id`) REFERENCES `hosted_connections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `refunds_payer_idx` ON `refunds` (`payer_uid`,`created_at`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_zh` text NOT NULL,
	`id_prefix` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `resource_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`account_uid` text NOT NULL,
	`name` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`account_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resource_groups_account_idx` ON `resource_groups` (`account_uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `resource_groups_one_default_uq` ON `resource_groups` (`account_uid`) WHERE "resource_groups"."is_default" = 1;--> statement-breakpoint
CREATE TABLE `signature_nonces` (
	`nonce` text PRIMARY KEY NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`resource_type` text NOT NULL,
	`resource_id` text NOT NULL,
	`key` text NOT NULL,
	`value` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`resource_type`, `resource_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`account_uid` text NOT NULL,
	`display_name` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`account_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `vbrs` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_uid` text NOT NULL,
	`circuit_id` text NOT NULL,
	`hosted_connection_id` text,
	`vlan_allocation_id` integer NOT NULL,
	`name` text,
	`description` text,
	`status` text NOT NULL,
	`bandwidth_mbps` integer,
	`local_gateway_ip` text,
	`peer_gateway_ip` text,
	`peering_subnet_mask` text,
	`route_table_id` text NOT NULL,
	`vlan_interface_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`activated_at` integer,
	`terminated_at` integer,
	`recovered_at` integer,
	`status_changed_at` integer,
	FOREIGN KEY (`owner_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`circuit_id`) REFERENCES `circuits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hosted_connection_id`) REFERENCES `hosted_connections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vlan_allocation_id`) REFERENCES `vlan_allocations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vbrs_circuit_idx` ON `vbrs` (`circuit_id`);--> statement-breakpoint
CREATE INDEX `vbrs_owner_idx` ON `vbrs` (`owner_uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `vbrs_hosted_connection_uq` ON `vbrs` (`hosted_connection_id`);--> statement-breakpoint
CREATE TABLE `vlan_allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`circuit_id` text NOT NULL,
	`vlan_id` integer NOT NULL,
	FOREIGN KEY (`circuit_id`) REFERENCES `circuits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vlan_allocations_circuit_vlan_uq` ON `vlan_allocations` (`circuit_id`,`vlan_id`);