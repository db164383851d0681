"""Seeds N tenants with a published configuration through the real API, then writes the wrk scripts:
config200/config304 rotate over every slug (304 with each slug's own ETag); bare200/bare304 hit the bare endpoint."""
import http.client, json, sys, random, os

base, key, count, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
host = base.split("//")[1]
conn = http.client.HTTPConnection(host)
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}

def call(method, path, body=None, expect=(200, 201)):
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    r = conn.getresponse(); data = r.read()
    if r.status not in expect: raise SystemExit(f"{method} {path}: {r.status} {data[:300]}")
    return r, data

def kbo(n):
    body = 1_000_000 + n
    return f"{body:08d}{97 - body % 97:02d}"

slugs = []
for i in range(count):
    slug = f"bench-{i:03d}"
    call("POST", "/api/tenants", {"slug": slug, "name": f"Gemeente Bench {i:03d}", "kbo": kbo(i), "nisCode": "44021",
        "address": {"street": "Markt 1", "postalCode": "9000", "city": "Gent"}, "inhabitants": [{"year": 2026, "count": 10000 + i}]},
        expect=(201, 409))
    call("PUT", f"/api/tenants/{slug}/draft/branding", {"appName": f"Bench {i:03d}", "primary": "#1A4F8B", "textOnPrimary": "#FFFFFF",
        "secondary": "#FFE615", "textOnSecondary": "#1A1A1A", "accent": "#B3003B", "textOnAccent": "#FFFFFF",
        "background": "#FFFFFF", "text": "#1A1A1A"})
    call("PUT", f"/api/tenants/{slug}/draft/features/waste-calendar", {"enabled": True,
        "settings": {"provider": "recycleApp", "apiKey": "bench-secret-key", "calendarUrl": f"https://www.recycleapp.be/{slug}"}})
    call("PUT", f"/api/tenants/{slug}/draft/features/local-news", {"enabled": True,
        "settings": {"feedUrl": f"https://www.example.be/{slug}/nieuws.xml", "maxItems": 10}})
    call("POST", f"/api/tenants/{slug}/publish", {"note": "bench"})
    slugs.append(slug)

etags, sizes = [], []
for slug in slugs:
    conn.request("GET", f"/api/apps/{slug}/config"); r = conn.getresponse(); data = r.read()
    if r.status != 200: raise SystemExit(f"config {slug}: {r.status}")
    etags.append(r.getheader("ETag")); sizes.append(len(data))
open(os.path.join(work, "avg_size"), "w").write(str(round(sum(sizes) / len(sizes))))

def lua(name, paths, tags):
    lines = ["local paths = {" + ",".join(json.dumps(p) for p in paths) + "}"]
    lines.append("local tags = {" + ",".join(json.dumps(t) for t in tags) + "}" if tags else "local tags = nil")
    lines.append("local i = math.random(#paths)")
    lines.append("request = function()\n  i = i % #paths + 1\n"
                 "  if tags then return wrk.format('GET', paths[i], { ['If-None-Match'] = tags[i] }) end\n"
                 "  return wrk.format('GET', paths[i])\nend")
    open(os.path.join(work, name + ".lua"), "w").write("\n".join(lines) + "\n")

paths = [f"/api/apps/{s}/config" for s in slugs]
lua("config200", paths, None)
lua("config304", paths, etags)
lua("bare200", ["/api/bench/bare"], None)
lua("bare304", ["/api/bench/bare"], ['"bare"'])
print(f"seeded {len(slugs)} tenants; config size {min(sizes)}-{max(sizes)} bytes")
