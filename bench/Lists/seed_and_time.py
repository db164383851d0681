"""Seeds tenants and open incidents through the real API, signs in a platform admin and an agent through the login form,
then times each list URL (sequential requests, after one warm-up) and prints a Markdown report."""
import http.client, json, sys, time, re, os, statistics, urllib.parse, concurrent.futures, sqlite3, uuid

base, key, tenants, incidents, samples = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
invoices, db_path = (int(sys.argv[6]), sys.argv[7]) if len(sys.argv) > 7 else (0, None)
host = base.split("//")[1]
PASSWORD = "Bench-lijsten-wachtwoord-1"

def call(method, path, body=None, token=key, expect=(200, 201), cookie=None, form=None):
    conn = http.client.HTTPConnection(host, timeout=120)
    # Production cookies are Secure: the script acts as the TLS-terminating proxy in front of the node.
    headers = {"X-Forwarded-Proto": "https", **({"Authorization": "Bearer " + token} if token else {})}
    if cookie: headers["Cookie"] = cookie
    data = None
    if body is not None: data = json.dumps(body); headers["Content-Type"] = "application/json"
    if form is not None: data = urllib.parse.urlencode(form); headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, data, headers)
    r = conn.getresponse(); payload = r.read()
    if r.status not in expect: raise SystemExit(f"{method} {path}: {r.status} {payload[:300]}")
    return r, payload

def kbo(n):
    body = 2_000_000 + n
    return f"{body:08d}{97 - body % 97:02d}"

def user(role, tenant=None):
    email = f"{role.lower()}-{time.time_ns()}@bench.burgerprofiel.be"
    _, data = call("POST", "/api/admin/users", {"email": email, "displayName": f"Bench {role}", "role": role, "tenant": tenant, "password": PASSWORD})
    uid = json.loads(data)["id"]
    _, data = call("POST", f"/api/admin/users/{uid}/api-keys", {"name": "bench"})
    return email, json.loads(data)["key"]

def sign_in(email):
    r, page = call("GET", "/aanmelden", token=None)
    cookies = "; ".join(c.split(";")[0] for c in r.headers.get_all("Set-Cookie") or [])
    tok = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1).decode()
    r, _ = call("POST", "/aanmelden", token=None, cookie=cookies, expect=(302,),
                form={"Input.Email": email, "Input.Password": PASSWORD, "__RequestVerificationToken": tok})
    return "; ".join([cookies] + [c.split(";")[0] for c in r.headers.get_all("Set-Cookie") or []])

started = time.time()
slugs = [f"lijst-{i:03d}" for i in range(tenants)]
def tenant(i):
    call("POST", "/api/tenants", {"slug": slugs[i], "name": f"Gemeente Lijst {i:03d}", "kbo": kbo(i), "nisCode": "44021",
        "address": {"street": "Markt 1", "postalCode": "9000", "city": "Gent"}, "inhabitants": [{"year": 2026, "count": 5000 + 37 * i}]},
        expect=(201, 409))
with concurrent.futures.ThreadPoolExecutor(4) as pool: list(pool.map(tenant, range(tenants)))
agent_email, agent_key = user("Agent")
admin_email, _ = user("PlatformAdmin")
def incident(n):
    call("POST", "/api/servicedesk/incidents", {"tenant": slugs[n % tenants], "title": f"Storing {n:05d} in de app", "description": "Bench.",
        "urgency": 1 + n % 4, "impact": 1 + (n // 4) % 4, "receivedAt": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - 60 * (n % 5000))),
        "channel": "email", "reporterName": "Bench", "reporterEmail": "bench@voorbeeld.be"}, token=agent_key, expect=(201,))
with concurrent.futures.ThreadPoolExecutor(4) as pool: list(pool.map(incident, range(incidents)))
finance_email, finance_key = user("Finance")

def seed_invoices(count):
    """One year's invoices for `count` local governments, written straight into the node's SQLite file (the API makes one
    invoice per tenant per year, so 3 000 in a year would need 3 000 onboarded tenants): a third drafts, the rest issued,
    some paid, some overdue. The same columns the invoice run and issuing write (Settlement as Invoice.Settlement derives it)."""
    db = sqlite3.connect(db_path)
    rows = []
    for n in range(count):
        issued = n % 3 != 0
        amount = f"{1000 + (n * 37) % 9000}.{n % 100:02d}"
        paid = amount if issued and n % 3 == 1 and n % 2 == 0 else "0"
        rows.append((str(uuid.uuid4()).upper(), str(uuid.uuid4()).upper(), 2026, "Issued" if issued else "Draft", 0,
            f"Gemeente Factuur {n:04d}", "0123456749", "Markt 1", "9000", "Gent", 5000 + n, 1, "Tarief 1", amount, 12, amount,
            "2026-01-01", "2026-12-31", "Bench", 2026 if issued else None, n + 1 if issued else None, f"2026/{n + 1:05d}" if issued else None,
            "2026-02-01" if issued else None, ("2026-03-03" if n % 2 else "2027-03-03") if issued else None, paid, "0",
            "Paid" if paid != "0" else "Open", 0))
    db.executemany("""INSERT INTO invoices (Id, TenantId, Year, Status, Version, CustomerName, CustomerKbo, CustomerStreet, CustomerPostalCode,
        CustomerCity, Inhabitants, TierNumber, TierName, AnnualFee, Months, Amount, PeriodStart, PeriodEnd, Explanation, NumberYear, Sequence,
        Number, InvoiceDate, DueDate, PaidAmount, CreditedAmount, Settlement, CreatedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows)
    db.commit(); db.close()
if invoices: seed_invoices(invoices)
seeded = time.time() - started
admin_cookie, agent_cookie, finance_cookie = sign_in(admin_email), sign_in(agent_email), sign_in(finance_email)

last_tenant_page, last_incident_page = (tenants + 24) // 25, (incidents + 24) // 25
urls = [
    ("tenants API, page 1", f"/api/tenants/overview", key, None),
    (f"tenants API, last page ({last_tenant_page}), sort inwoners desc", f"/api/tenants/overview?page={last_tenant_page}&sort=inwoners&dir=desc", key, None),
    ("tenants API, search 'lijst 1'", "/api/tenants/overview?q=lijst%201", key, None),
    ("tenants page, page 1", "/beheer/lokale-besturen", None, admin_cookie),
    (f"tenants page, page {last_tenant_page // 2}, sort golive", f"/beheer/lokale-besturen?page={last_tenant_page // 2}&sort=golive", None, admin_cookie),
    ("incidents API, due order (clocks for all open), page 1", "/api/servicedesk/incidents/overview", agent_key, None),
    (f"incidents API, sort gemeld, last page ({last_incident_page})", f"/api/servicedesk/incidents/overview?sort=gemeld&page={last_incident_page}", agent_key, None),
    ("queue page, due order, page 1", "/servicedesk/wachtrij", None, agent_cookie),
    (f"queue page, due order, page {last_incident_page // 2}", f"/servicedesk/wachtrij?page={last_incident_page // 2}", None, agent_cookie),
    (f"queue page, sort nummer, page {last_incident_page // 2}", f"/servicedesk/wachtrij?sort=nummer&page={last_incident_page // 2}", None, agent_cookie),
    ("queue page, search 'Storing 01'", "/servicedesk/wachtrij?zoek=Storing%2001&sort=gemeld", None, agent_cookie),
    ("users page, page 1", "/beheer/gebruikers", None, admin_cookie),
    ("status incidents page", "/beheer/status?page=1", None, agent_cookie),
]
last_invoice_page = (invoices + 24) // 25
if invoices: urls += [
    ("invoices API, page 1", "/api/billing/invoices/overview?year=2026", finance_key, None),
    ("invoices page, page 1 (status order)", "/facturen?jaar=2026", None, finance_cookie),
    ("invoices page, search 'Factuur 12'", "/facturen?jaar=2026&q=Factuur%2012", None, finance_cookie),
    ("invoices page, sort bedrag desc", "/facturen?jaar=2026&sort=bedrag&dir=desc", None, finance_cookie),
    (f"invoices page, last page ({last_invoice_page})", f"/facturen?jaar=2026&page={last_invoice_page}", None, finance_cookie),
    ("invoices page, status overdue", "/facturen?jaar=2026&status=overdue", None, finance_cookie),
    ("runs page", "/facturen/runs", None, finance_cookie),
    ("bank statements page", "/facturen/betalingen/uittreksels", None, finance_cookie),
]
load_before = open("/proc/loadavg").read().split()[:3]
rows = []
for name, path, token, cookie in urls:
    call("GET", path, token=token, cookie=cookie)  # warm-up (JIT, caches)
    times = []
    for _ in range(samples):
        t = time.perf_counter(); _, body = call("GET", path, token=token, cookie=cookie); times.append((time.perf_counter() - t) * 1000)
    times.sort()
    rows.append((name, path, len(body), statistics.median(times), times[int(0.9 * (len(times) - 1))], times[-1]))
load_after = open("/proc/loadavg").read().split()[:3]
cpu = next((l.split(":")[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {tenants} tenants, {incidents} open incidents, {invoices} invoices in 2026, SQLite, Release, "
      f"{os.cpu_count()} CPUs ({cpu}); seeded in {seeded:.0f} s; {samples} sequential requests per URL after one warm-up.")
print(f"Load average (1/5/15 min) before timing: {' / '.join(load_before)}; after: {' / '.join(load_after)}.\n")
print("| list | URL | bytes | p50 ms | p90 ms | max ms |\n|---|---|---:|---:|---:|---:|")
for name, path, size, p50, p90, mx in rows:
    print(f"| {name} | `{path}` | {size} | {p50:.0f} | {p90:.0f} | {mx:.0f} |")
