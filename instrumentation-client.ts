// Runs in the browser before the console's own code. The console's Content-Security-Policy has no
// 'unsafe-eval', and forms parse with zod: zod must not compile parsers with new Function, and must not
// even try (the attempt is reported as a violation although it is caught).
import { z } from "zod";

z.config({ jitless: true });
