/**
 * Turns the development manifest (every URL on https://localhost:3000/) into the one IT uploads:
 * the same file with every URL moved to the server that hosts dist/. webpack.config.js calls this
 * while copying manifest.xml into dist/; the tests call it directly.
 */

/** Where `npm run dev-server` serves the add-in; manifest.xml names no other origin. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/** A wrong or missing ADDIN_BASE_URL, with the sentence the person running the build needs. */
export class AddinBaseUrlError extends Error {
  override readonly name = 'AddinBaseUrlError';
}

const EXAMPLE = 'ADDIN_BASE_URL=https://intranet.gemeente.nl/npo-controle/ npm run build';

function refuse(problemNl: string, problemEn: string): never {
  throw new AddinBaseUrlError(
    `${problemNl} Geef het HTTPS-adres op waar dist/ komt te staan, bijvoorbeeld: ${EXAMPLE}\n` +
      `${problemEn} Give the HTTPS address where dist/ will be hosted, for example: ${EXAMPLE}`,
  );
}

/**
 * Checks the ADDIN_BASE_URL a production build was given and returns it with exactly one
 * trailing slash, so that relative paths such as `taskpane.html` can be appended to it.
 */
export function addinBaseUrl(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '') {
    refuse('ADDIN_BASE_URL ontbreekt.', 'ADDIN_BASE_URL is missing.');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    refuse(`ADDIN_BASE_URL is geen geldig adres: "${text}".`, `ADDIN_BASE_URL is not a valid URL: "${text}".`);
  }
  if (url.protocol !== 'https:') {
    refuse(
      `ADDIN_BASE_URL moet met https:// beginnen (Office laadt invoegtoepassingen alleen via HTTPS): "${text}".`,
      `ADDIN_BASE_URL must start with https:// (Office loads add-ins over HTTPS only): "${text}".`,
    );
  }
  if (isLoopback(url.hostname)) {
    refuse(
      `ADDIN_BASE_URL wijst naar deze computer (${url.hostname}); daarvoor is npm run dev-server.`,
      `ADDIN_BASE_URL points at this computer (${url.hostname}); that is what npm run dev-server is for.`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    refuse(
      `ADDIN_BASE_URL mag geen ?-parameters, #-anker of inloggegevens bevatten: "${text}".`,
      `ADDIN_BASE_URL may not hold query parameters, a #fragment or credentials: "${text}".`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/`;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d+){3}$/.test(hostname);
}

/**
 * The production manifest: every development URL rewritten to `baseUrl` (already checked by
 * addinBaseUrl). Refuses a manifest that would still point at this computer afterwards, such as a
 * URL on another port, because Office on a user's laptop would load nothing from it.
 */
export function productionManifest(devManifest: string, baseUrl: string): string {
  const rewritten = devManifest.split(DEV_BASE_URL).join(baseUrl);
  const leftover = /\bhttps?:\/\/(localhost|127\.0\.0\.1|\[::1\])[^"'<\s]*/i.exec(rewritten);
  if (leftover) {
    throw new Error(
      `manifest.xml bevat een adres dat niet met ${DEV_BASE_URL} begint en dus niet is omgezet: ${leftover[0]}\n` +
        `manifest.xml holds a URL that does not start with ${DEV_BASE_URL} and so was not rewritten: ${leftover[0]}`,
    );
  }
  return rewritten;
}
