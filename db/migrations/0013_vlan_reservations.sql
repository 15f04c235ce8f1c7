CREATE TABLE `vlan_reservations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`circuit_id` text NOT NULL,
	`from_vlan` integer NOT NULL,
	`to_vlan` integer NOT NULL,
	`tenant_uid` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`circuit_id`) REFERENCES `circuits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tenant_uid`) REFERENCES `accounts`(`uid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vlan_reservations_circuit_idx` ON `vlan_reservations` (`circuit_id`,`from_vlan`);