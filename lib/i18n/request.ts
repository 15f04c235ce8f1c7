import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, type Locale, localeFromAcceptLanguage } from "./locales";
import { DEFAULT_TIME_ZONE, isTimeZone, TIME_ZONE_COOKIE } from "./time-zone";

export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return {
    locale,
    timeZone: isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
