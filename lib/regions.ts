/** Where the console opens after log on; every region is one selector away. */
export const DEFAULT_REGION = "cn-hangzhou";
