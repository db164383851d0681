"""Seeds one tenant with N incidents and M MB of attachments (cloning a real incident and attachment made through the API),
starts its export through the API, samples the app's RSS until the archive is ready, and prints a Markdown report."""
import base64, json, os, random, sqlite3, sys, time, urllib.error, urllib.request, uuid

base, key, db_path = sys.argv[1], sys.argv[2], sys.argv[3]
incidents, megabytes, pid = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])

def call(method, path, body=None, token=key):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            data = r.read()
            return json.loads(data) if data else None
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path}: {e.code} {e.read().decode()[:500]}")

def rss_kb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"): return int(line.split()[1])

def user(role, slug):
    u = call("POST", "/api/admin/users", {"email": f"{role.lower()}-{uuid.uuid4().hex}@bench.test", "displayName": "Bench " + role, "role": role, "tenant": slug})
    return call("POST", f"/api/admin/users/{u['id']}/api-keys", {"name": "bench"})["key"]

body = random.randint(1_000_000, 9_999_999)
slug = "bench-" + uuid.uuid4().hex[:8]
tenant = call("POST", "/api/tenants", {"slug": slug, "name": "Gemeente " + slug, "kbo": f"{body:08d}{97 - body % 97:02d}", "nisCode": "44021",
                                       "address": {"street": "Markt 1", "postalCode": "9000", "city": "Gent"},
                                       "inhabitants": [{"year": 2026, "count": 20000}]})
reporter, admin = user("Reporter", slug), user("TenantAdmin", slug)
template = call("POST", "/api/servicedesk/incidents", {"title": "Sjabloon", "description": "Een melding om te klonen.", "urgency": 3, "impact": 3}, reporter)
call("POST", f"/api/servicedesk/incidents/{template['id']}/attachments", {"fileName": "sjabloon.bin", "contentBase64": base64.b64encode(b"x").decode()}, reporter)

seed_start = time.time()
con = sqlite3.connect(db_path, timeout=60)
def clone(table, where, count, change):
    cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    row = dict(zip(cols, con.execute(f'SELECT * FROM "{table}" WHERE {where}').fetchone()))
    sql = f'INSERT INTO "{table}" ({",".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({",".join("?" * len(cols))})'
    batch = []
    for i in range(count):
        r = dict(row); change(r, i); batch.append([r[c] for c in cols])
        if len(batch) == 200: con.executemany(sql, batch); con.commit(); batch = []
    if batch: con.executemany(sql, batch); con.commit()
    return row

def new_id(r, template_id):
    return str(uuid.uuid4()).upper() if template_id.isupper() else str(uuid.uuid4())

ids = []
def incident(r, i):
    r["Id"] = new_id(r, r["Id"]); ids.append(r["Id"])
    r["Number"] = f"B-{i:06d}"; r["Title"] = f"Melding {i} over de afvalkalender"
    r["Description"] = f"Beschrijving van melding {i}: " + "de kalender toont geen ophaaldagen. " * 8
tpl = clone("incidents", f"\"Id\" = '{template['id'].upper()}' OR \"Id\" = '{template['id']}'", incidents - 1, incident)
def attachment(r, i):
    r["Id"] = new_id(r, r["Id"]); r["IncidentId"] = ids[i % len(ids)]
    r["FileName"] = f"bijlage-{i}.bin"; r["Content"] = os.urandom(1 << 20); r["Size"] = 1 << 20
clone("attachments", f"\"IncidentId\" = '{tpl['Id']}'", megabytes, attachment)
con.close()
seed_seconds = time.time() - seed_start

load_before = open("/proc/loadavg").read().split()[:3]
rss_before = rss_kb(); peak = rss_before
start = time.time()
export = call("POST", f"/api/tenants/{slug}/data-protection/exports", None, admin)
status = export
while status["status"] in ("Queued", "Running"):
    peak = max(peak, rss_kb()); time.sleep(0.1)
    status = call("GET", f"/api/tenants/{slug}/data-protection/exports/{export['id']}", None, admin)
duration = time.time() - start
peak = max(peak, rss_kb())
hwm = next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmHWM:"))
print(f"## Export of one tenant: {incidents:,} incidents, {megabytes:,} attachments of 1 MB\n")
print("| measure | value |\n|---|---|")
print(f"| status | {status['status']} |")
print(f"| duration (request to ready) | {duration:.1f} s |")
print(f"| archive size | {(status.get('bytes') or 0) / 1048576:,.0f} MB |")
print(f"| RSS before the export | {rss_before / 1024:,.0f} MB |")
print(f"| peak RSS during the export (100 ms samples) | {peak / 1024:,.0f} MB |")
print(f"| process peak RSS since start (VmHWM) | {hwm / 1024:,.0f} MB |")
print(f"| seeding (not part of the export) | {seed_seconds:.0f} s |")
print(f"\nRun {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, Release build on SQLite, Hangfire in-memory worker.")
print(f"Load average (1/5/15 min) before: {' '.join(load_before)}; after: {' '.join(open('/proc/loadavg').read().split()[:3])}.")
