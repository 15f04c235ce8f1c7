CREATE INDEX `audit_events_action_at_idx` ON `audit_events` (`action`,`created_at`);--> statement-breakpoint
CREATE INDEX `hosted_connections_live_circuit_idx` ON `hosted_connections` (`circuit_id`,"created_at" desc,`id`,`vpconn_status`) WHERE "hosted_connections"."vpconn_status" <> 'Deleted';--> statement-breakpoint
CREATE INDEX `hosted_connections_live_spec_idx` ON `hosted_connections` (`circuit_id`,`spec`,`expect_spec`) WHERE "hosted_connections"."vpconn_status" <> 'Deleted';--> statement-breakpoint
CREATE INDEX `hosted_connections_source_vbr_idx` ON `hosted_connections` (`source_vbr_id`) WHERE "hosted_connections"."source_vbr_id" is not null;--> statement-breakpoint
CREATE INDEX `orders_status_paid_at_idx` ON `orders` (`status`,`paid_at`);