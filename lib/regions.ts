/** Where the console opens after log on; every region is one selector away. */
export const DEFAULT_REGION = "cn-hangzhou";

/** Only same-origin paths may be a post-log-on destination (no open redirects). */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return `/${DEFAULT_REGION}/physical-connection`;
  }
  return value;
}
