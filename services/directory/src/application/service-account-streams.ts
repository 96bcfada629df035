/** Stream category of service accounts: `dirsvcaccount-<tenant>.<accountId>`. */
export const SERVICE_ACCOUNT_CATEGORY = 'dirsvcaccount';
