/**
 * docs/deploy/nginx: the two site configs (global CDN, 21Vianet CDN). Always: they differ only in the CDN,
 * whose origin is the only outside host the Content-Security-Policy allows. Where nginx and openssl are
 * installed (not in CI): nginx accepts the file, and a real nginx serving a dist-like folder over https
 * sends the right MIME types, cache headers and CSP on every file.
 */
import { execFileSync, spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as http from "http";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { OFFICE_CDN } from "../../config/deploy";

const ROOT = path.resolve(__dirname, "../..");
const DIR = path.join(ROOT, "docs/deploy/nginx");
const CONFIGS = { global: "ptr-global.conf", china: "ptr-21vianet.conf" } as const;
const read = (f: string) => fs.readFileSync(path.join(DIR, f), "utf8");
const origin = (u: string) => new URL(u).origin;

function csp(conf: string): Record<string, string[]> {
  const value = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)![1];
  return Object.fromEntries(
    value.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function has(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("nginx site configs", () => {
  it.each(Object.entries(CONFIGS))(
    "%s: the CSP allows scripts only from the host and its Office.js CDN",
    (cdn, file) => {
      const policy = csp(read(file));
      const cdnOrigin = origin(OFFICE_CDN[cdn as keyof typeof OFFICE_CDN]);
      expect(policy["default-src"]).toEqual(["'self'"]);
      expect(policy["script-src"]).toEqual(["'self'", cdnOrigin]);
      expect(policy["connect-src"]).toEqual(["'self'", cdnOrigin]);
      expect(policy["object-src"]).toEqual(["'none'"]);
      const outside = Object.values(policy)
        .flat()
        .filter((s) => s.startsWith("https://"));
      expect(new Set(outside)).toEqual(new Set([cdnOrigin]));
    },
  );

  it("differs between global and 21Vianet only in the CDN (and the comments saying so)", () => {
    const strip = (s: string) =>
      s
        .split("\n")
        .filter((l) => !l.trimStart().startsWith("#"))
        .join("\n")
        .replaceAll(origin(OFFICE_CDN.global), "CDN")
        .replaceAll(origin(OFFICE_CDN.china), "CDN");
    expect(strip(read(CONFIGS.china))).toBe(strip(read(CONFIGS.global)));
    expect(read(CONFIGS.china)).toContain("--env officeCdn=china");
  });

  it("sets every header once at server level (an add_header in a location would drop the others)", () => {
    const conf = read(CONFIGS.global);
    const locations = conf.slice(conf.search(/^\s*location\b/m));
    expect(locations).not.toMatch(/add_header/);
    expect(conf).not.toMatch(/^\s*types\s*\{/m);
  });
});

// ---- A real nginx, where installed. ----

const canRun = has("nginx") && has("openssl");
const runIt = canRun ? it : it.skip;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
}

function get(port: number, pathname: string, secure = true): Promise<Reply> {
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      {
        host: "127.0.0.1",
        port,
        path: pathname,
        headers: { Host: "addins.example.gov.cn" },
        rejectUnauthorized: false,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on("error", reject);
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.end();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not open port ${port}`);
}

describe("nginx serving a build (where nginx is installed)", () => {
  let tmp: string;
  let nginx: ChildProcess | undefined;
  let httpsPort: number;
  let httpPort: number;

  beforeAll(async () => {
    if (!canRun) return;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ptr-nginx-"));
    const dist = path.join(tmp, "dist");
    fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
    for (const f of [
      "taskpane.html",
      "manifest.xml",
      "taskpane.1a2b3c4d.js",
      "engine.5e6f7a8b.js",
      "preflight.0badc0de.js",
    ])
      fs.writeFileSync(path.join(dist, f), "中文\n");
    fs.copyFileSync(
      path.join(ROOT, "assets/icon-assistant-16.png"),
      path.join(dist, "assets/icon-assistant-16.png"),
    );
    execFileSync(
      "openssl",
      [
        ...[
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-days",
          "1",
          "-subj",
          "/CN=addins.example.gov.cn",
        ],
        ...["-keyout", path.join(tmp, "key.pem"), "-out", path.join(tmp, "cert.pem")],
      ],
      { stdio: "ignore" },
    );
    httpsPort = await freePort();
    httpPort = await freePort();
    const site = read(CONFIGS.global)
      .replace("listen 80;", `listen 127.0.0.1:${httpPort};`)
      .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`)
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${tmp}/cert.pem;`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${tmp}/key.pem;`)
      .replace("alias /srv/ptr/dist/;", `alias ${dist}/;`);
    fs.writeFileSync(path.join(tmp, "site.conf"), site);
    fs.writeFileSync(
      path.join(tmp, "nginx.conf"),
      [
        "daemon off;",
        "master_process off;",
        `pid ${tmp}/nginx.pid;`,
        `error_log ${tmp}/error.log;`,
        "events {}",
        "http {",
        "  include /etc/nginx/mime.types;",
        "  default_type application/octet-stream;",
        "  access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${tmp}/${t};`),
        `  include ${tmp}/site.conf;`,
        "}",
      ].join("\n"),
    );
    execFileSync("nginx", ["-t", "-q", "-c", path.join(tmp, "nginx.conf")]);
    nginx = spawn("nginx", ["-c", path.join(tmp, "nginx.conf")], { stdio: "ignore" });
    await waitForPort(httpsPort);
  }, 30_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once("exit", r));
      nginx.kill("SIGTERM");
      await exited;
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  runIt("serves manifest.xml as UTF-8 XML, revalidated every time", async () => {
    const r = await get(httpsPort, "/ptr/manifest.xml");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/xml; charset=utf-8");
    expect(r.headers["cache-control"]).toBe("no-cache");
  });

  runIt("serves pages no-cache and hashed scripts for a year, all with the CSP", async () => {
    const page = await get(httpsPort, "/ptr/taskpane.html");
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const script = await get(httpsPort, "/ptr/taskpane.1a2b3c4d.js");
    expect(script.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // The engine, loaded on first use, is a hashed script like the bundle.
    const engine = await get(httpsPort, "/ptr/engine.5e6f7a8b.js");
    expect(engine.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(engine.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const icon = await get(httpsPort, "/ptr/assets/icon-assistant-16.png");
    expect(icon.headers["content-type"]).toBe("image/png");
    expect(icon.headers["cache-control"]).toBe("public, max-age=86400");
    for (const r of [page, script, engine, icon]) {
      expect(r.headers["content-security-policy"]).toContain(
        "script-src 'self' https://appsforoffice.microsoft.com;",
      );
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  runIt("redirects /ptr to /ptr/, http to https, and serves nothing outside dist/", async () => {
    const bare = await get(httpsPort, "/ptr");
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toMatch(/\/ptr\/$/);
    const plain = await get(httpPort, "/ptr/taskpane.html", false);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe("https://addins.example.gov.cn/ptr/taskpane.html");
    expect((await get(httpsPort, "/ptr/../nginx.conf")).status).not.toBe(200);
    expect((await get(httpsPort, "/site.conf")).status).toBe(404);
  });
});
