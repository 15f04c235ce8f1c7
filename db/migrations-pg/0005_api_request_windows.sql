CREATE TABLE "api_request_windows" (
	"access_key_id" text NOT NULL,
	"window_start_ms" bigint NOT NULL,
	"requests" integer NOT NULL,
	CONSTRAINT "api_request_windows_access_key_id_window_start_ms_pk" PRIMARY KEY("access_key_id","window_start_ms")
);
--> statement-breakpoint
ALTER TABLE "api_request_windows" ADD CONSTRAINT "api_request_windows_access_key_id_access_keys_id_fk" FOREIGN KEY ("access_key_id") REFERENCES "public"."access_keys"("id") ON DELETE cascade ON UPDATE no action;