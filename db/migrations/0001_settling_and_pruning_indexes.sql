CREATE INDEX `hosted_connections_settling_idx` ON `hosted_connections` (`status_changed_at`) WHERE "hosted_connections"."status" = 'Terminating';--> statement-breakpoint
CREATE INDEX `idempotency_tokens_created_idx` ON `idempotency_tokens` (`created_at`);--> statement-breakpoint
CREATE INDEX `signature_nonces_seen_idx` ON `signature_nonces` (`seen_at`);--> statement-breakpoint
CREATE INDEX `vbrs_settling_idx` ON `vbrs` (`status_changed_at`) WHERE "vbrs"."status" in ('terminating', 'recovering', 'deleting');