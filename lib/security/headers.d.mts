export declare function contentSecurityPolicy(options?: {
  nonce?: string;
  https?: boolean;
  dev?: boolean;
}): string;
export declare const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
export declare const HSTS: { key: string; value: string };
