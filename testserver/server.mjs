// A real Better Auth server configured like a Neon Auth instance, for tests and demos.
//
//   node server.mjs                      serve on $PORT (0 picks a free port) until SIGTERM
//   node server.mjs --write-schema FILE  write the OpenAPI document the server would serve
//
// Environment:
//   PORT          port on 127.0.0.1 (default 0: a free one)
//   DATABASE_URL  a PostgreSQL server; without it an embedded PGlite engine, fresh at each start
//   PLUGINS       "neon" (default, Neon Auth's set), "core" (no plugins but openAPI and bearer),
//                 or "extended" (Neon's set plus many others, organization with teams)
//   JWKS_ROTATION_SECONDS  rotate the JWT signing key this often (default: never)
//
// Creating an embedded database (PGlite's initdb) takes most of a start, several seconds. So the
// first start of a plugin set saves its freshly migrated, still empty database under
// node_modules/.cache/, and later starts load that copy instead. The file's name covers
// everything the database depends on, and `npm ci` removes it with node_modules.
//
// Test hooks live outside the auth base path and answer loopback clients only:
//   GET  /__test/messages?to=ADDRESS   every email or SMS "sent" to ADDRESS, newest last
//   POST /__test/make-admin            {"email": "..."} gives that user the admin role
//   POST /__test/rotate-jwks           adds a new signing key; new JWTs are signed with it

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { betterAuth } from "better-auth";
import { toNodeHandler } from "better-auth/node";
import { getMigrations } from "better-auth/db/migration";
import * as plugins from "better-auth/plugins";

const BASE_PATH = "/neondb/auth";
const SCHEMA_BASE_URL = "http://localhost:3000";
const SECRET = "neon-auth-testserver-secret-not-for-production-0123456789";

/** Everything "sent" by email or SMS, by recipient. */
const outbox = new Map();

function deliver(to, message) {
  const key = String(to).toLowerCase();
  if (!outbox.has(key)) outbox.set(key, []);
  outbox.get(key).push({ ...message, at: new Date().toISOString() });
}

function neonPlugins(withTeams) {
  return [
    plugins.openAPI(),
    plugins.bearer(),
    plugins.jwt({
      jwks: process.env.JWKS_ROTATION_SECONDS
        ? { rotationInterval: Number(process.env.JWKS_ROTATION_SECONDS) }
        : undefined,
    }),
    plugins.admin(),
    plugins.organization({
      teams: { enabled: withTeams },
      async sendInvitationEmail(data) {
        deliver(data.email, {
          kind: "invitation",
          invitationId: data.id,
          organizationId: data.organization.id,
        });
      },
    }),
    plugins.emailOTP({
      async sendVerificationOTP({ email, otp, type }) {
        deliver(email, { kind: "email-otp", type, otp });
      },
    }),
    plugins.magicLink({
      async sendMagicLink({ email, url, token }) {
        deliver(email, { kind: "magic-link", url, token });
      },
    }),
    plugins.phoneNumber({
      async sendOTP({ phoneNumber, code }) {
        deliver(phoneNumber, { kind: "phone-otp", otp: code });
      },
      async sendPasswordResetOTP({ phoneNumber, code }) {
        deliver(phoneNumber, { kind: "phone-reset-otp", otp: code });
      },
      signUpOnVerification: {
        getTempEmail: (phone) => `${phone.replace(/[^0-9]/g, "")}@phone.invalid`,
        getTempName: (phone) => phone,
      },
    }),
  ];
}

function pluginSet(name) {
  switch (name) {
    case "core":
      return [plugins.openAPI(), plugins.bearer()];
    case "neon":
      return neonPlugins(false);
    case "extended":
      return [
        ...neonPlugins(true),
        plugins.twoFactor(),
        plugins.username(),
        plugins.anonymous(),
        plugins.multiSession(),
        plugins.oneTimeToken(),
        plugins.lastLoginMethod(),
        plugins.deviceAuthorization({ verificationUri: "/device" }),
      ];
    default:
      throw new Error(`unknown PLUGINS=${name}: use neon, core or extended`);
  }
}

/** The embedded database: a fresh one, or a copy of the saved empty one. */
async function database() {
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import("pg");
    return { db: new pg.Pool({ connectionString: process.env.DATABASE_URL }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGliteDialect } = await import("kysely-pglite-dialect");
  const file = snapshotFile();
  const saved = readIfExists(file);
  const pglite = saved ? new PGlite({ loadDataDir: new Blob([saved]) }) : new PGlite();
  const db = { dialect: new PGliteDialect(pglite), type: "postgres" };
  const save = saved ? undefined : () => saveSnapshot(pglite, file);
  return { db, save };
}

/** Where the migrated empty database of this plugin set, server and package set is kept. */
function snapshotFile() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = crypto.createHash("sha256");
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readIfExists(path.join(here, "package-lock.json")) || "");
  hash.update(process.env.PLUGINS || "neon");
  const key = hash.digest("hex").slice(0, 16);
  return path.join(here, "node_modules", ".cache", "neon-auth-testserver", `pglite-${key}.tar`);
}

function readIfExists(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Saves the database once migrated; servers starting at the same time may race, so each
 * writes its own file and renames it into place, which is atomic. A failure only costs speed. */
async function saveSnapshot(pglite, file) {
  try {
    const blob = await pglite.dumpDataDir("none");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(partial, file);
  } catch (err) {
    console.error(`cannot save the empty database for faster starts: ${err}`);
  }
}

function options(baseURL, db) {
  return {
    appName: "neon-auth-testserver",
    baseURL,
    basePath: BASE_PATH,
    secret: SECRET,
    database: db,
    telemetry: { enabled: false },
    trustedOrigins: [baseURL],
    emailAndPassword: {
      enabled: true,
      async sendResetPassword({ user, url, token }) {
        deliver(user.email, { kind: "reset-password", url, token });
      },
    },
    emailVerification: {
      async sendVerificationEmail({ user, url, token }) {
        deliver(user.email, { kind: "verify-email", url, token });
      },
    },
    user: {
      changeEmail: { enabled: true },
      deleteUser: { enabled: true },
    },
    advanced: { cookiePrefix: "neon-auth" },
    rateLimit: rateLimit(),
    plugins: pluginSet(process.env.PLUGINS || "neon"),
  };
}

/** Off unless RATE_LIMIT="<max>/<window seconds>" asks for it, so that tests can produce a 429. */
function rateLimit() {
  const spec = process.env.RATE_LIMIT;
  if (!spec) return { enabled: false };
  const [max, window] = spec.split("/").map(Number);
  return { enabled: true, max, window, storage: "memory" };
}

async function writeSchema(file) {
  const auth = betterAuth(options(SCHEMA_BASE_URL, undefined));
  const res = await auth.handler(new Request(`${SCHEMA_BASE_URL}${BASE_PATH}/open-api/generate-schema`));
  if (res.status !== 200) throw new Error(`generate-schema answered ${res.status}`);
  const text = JSON.stringify(await res.json(), null, 2) + "\n";
  if (file === "-") process.stdout.write(text);
  else fs.writeFileSync(file, text);
}

function isLoopback(req) {
  const addr = req.socket.remoteAddress || "";
  return addr === "127.0.0.1" || addr === "::1" || addr === "::ffff:127.0.0.1";
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

function reply(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function testHook(auth, req, res, url) {
  if (!isLoopback(req)) return reply(res, 403, { message: "test hooks answer loopback only" });
  const ctx = await auth.$context;
  if (req.method === "GET" && url.pathname === "/__test/messages") {
    const to = (url.searchParams.get("to") || "").toLowerCase();
    return reply(res, 200, outbox.get(to) || []);
  }
  if (req.method === "POST" && url.pathname === "/__test/make-admin") {
    const { email } = await readJson(req);
    const found = await ctx.internalAdapter.findUserByEmail(String(email));
    if (!found) return reply(res, 404, { message: `no user with email ${email}` });
    await ctx.internalAdapter.updateUser(found.user.id, { role: "admin" });
    return reply(res, 200, { id: found.user.id, role: "admin" });
  }
  if (req.method === "POST" && url.pathname === "/__test/rotate-jwks") {
    const key = await plugins.createJwk({ context: ctx });
    return reply(res, 200, { kid: key.id });
  }
  return reply(res, 404, { message: "unknown test hook" });
}

async function serve() {
  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(process.env.PORT || 0), "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;

  const { db, save } = await database();
  const config = options(origin, db);
  const { runMigrations } = await getMigrations(config);
  await runMigrations();
  // Before any request can arrive, so that the saved database holds no user and no key.
  if (save) await save();
  const auth = betterAuth(config);
  const handler = toNodeHandler(auth);

  server.on("request", (req, res) => {
    const url = new URL(req.url, origin);
    const work = url.pathname.startsWith("/__test/") ? testHook(auth, req, res, url) : handler(req, res);
    Promise.resolve(work).catch((err) => {
      console.error(err);
      if (!res.headersSent) reply(res, 500, { message: String(err && err.message) });
      else res.destroy();
    });
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    Promise.resolve(db && db.end ? db.end() : undefined).finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`ready: ${origin}${BASE_PATH}`);
}

const args = process.argv.slice(2);
const main = args[0] === "--write-schema" ? () => writeSchema(args[1] || "-") : serve;
main().catch((err) => {
  console.error(`neon-auth-testserver: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
