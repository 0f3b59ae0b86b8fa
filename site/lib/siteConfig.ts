// Site-wide settings read at build time from the environment (README: 配置), so each
// office deploys the same code under its own identity.
export const siteConfig = {
  /** 网站标识码 issued with the site's registration (政府网站标识码); left out when not set. */
  siteIdCode: process.env.SITE_ID_CODE?.trim() || null,
}
