// The names a flash message travels under (lib/commands/flash.ts): a cookie from the action to the
// next request, then a request header from proxy.ts to the one page that shows it.
export const FLASH_COOKIE = "portal-flash";
export const FLASH_HEADER = "x-portal-flash";
