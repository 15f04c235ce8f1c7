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