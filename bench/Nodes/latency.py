"""N publishes of a new branding on node A; after each, node B is asked (as fast as it answers) until it serves the new
ETag. Latency = from sending the publish to node A until node B first answers with the new configuration."""
import http.client, json, statistics, sys, time

a, b, key, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
conn_a = http.client.HTTPConnection(a.split("//")[1])
conn_b = http.client.HTTPConnection(b.split("//")[1])
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}

def call(conn, method, path, body=None, expect=(200, 201)):
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    r = conn.getresponse(); data = r.read()
    if r.status not in expect: raise SystemExit(f"{method} {path}: {r.status} {data[:300]}")
    return r, data

slug = "latency"
call(conn_a, "POST", "/api/tenants", {"slug": slug, "name": "Gemeente Latency", "kbo": f"{1_000_999:08d}{97 - 1_000_999 % 97:02d}", "nisCode": "44021",
    "address": {"street": "Markt 1", "postalCode": "9000", "city": "Gent"}, "inhabitants": [{"year": 2026, "count": 10000}]}, expect=(201, 409))

def branding(i):
    return {"appName": f"Latency {i}", "primary": f"#{i % 256:02X}4F8B", "textOnPrimary": "#FFFFFF", "secondary": "#FFE615",
            "textOnSecondary": "#1A1A1A", "accent": "#B3003B", "textOnAccent": "#FFFFFF", "background": "#FFFFFF", "text": "#1A1A1A"}

def etag_b():
    conn_b.request("GET", f"/api/apps/{slug}/config"); r = conn_b.getresponse(); r.read()
    return r.status, r.getheader("ETag")

call(conn_a, "PUT", f"/api/tenants/{slug}/draft/branding", branding(0))
call(conn_a, "POST", f"/api/tenants/{slug}/publish", {"note": "start"})
latencies, publish_times, first_try = [], [], 0
for i in range(1, count + 1):
    _, before = etag_b()
    call(conn_a, "PUT", f"/api/tenants/{slug}/draft/branding", branding(i))
    sent = time.perf_counter()
    call(conn_a, "POST", f"/api/tenants/{slug}/publish", {"note": f"run {i}"})
    published = time.perf_counter()
    tries = 0
    while True:
        tries += 1
        status, now = etag_b()
        if status == 200 and now != before: break
        if time.perf_counter() - sent > 30: raise SystemExit(f"publish {i} not visible on node B after 30 s")
    seen = time.perf_counter()
    latencies.append((seen - sent) * 1000); publish_times.append((published - sent) * 1000)
    first_try += tries == 1

q = statistics.quantiles(latencies, n=10)
print(f"| publishes | median | p90 | max | publish request itself (median) | new config on node B's first request after the publish returned |")
print(f"|---:|---:|---:|---:|---:|---:|")
print(f"| {count} | {statistics.median(latencies):.1f} ms | {q[8]:.1f} ms | {max(latencies):.1f} ms | {statistics.median(publish_times):.1f} ms | {first_try}/{count} |")
