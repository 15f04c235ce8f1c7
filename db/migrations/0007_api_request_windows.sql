CREATE TABLE `api_request_windows` (
	`access_key_id` text NOT NULL,
	`window_start_ms` integer NOT NULL,
	`requests` integer NOT NULL,
	PRIMARY KEY(`access_key_id`, `window_start_ms`),
	FOREIGN KEY (`access_key_id`) REFERENCES `access_keys`(`id`) ON UPDATE no action ON DELETE cascade
);
