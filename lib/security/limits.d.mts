export declare const MAX_REQUEST_BODY_BYTES: number;
export declare const MAX_REQUEST_PARAMETERS: number;
