"""Issue + send benchmark driver: seeds N live tenants with a billing contact through the real API, prepares their drafts,
issues them all in one bulk request (issueAnyway: the bench tenants have no buyer reference) and waits until the SMTP
server (aiosmtpd, Maildir) holds one mail per invoice. Prints key=value lines for send.sh."""
import http.client, json, os, sys, time

base, key, count, maildir, timeout = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
year = int(sys.argv[6])
host = base.split("//")[1]
conn = http.client.HTTPConnection(host, timeout=600)
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}

def call(method, path, body=None, expect=(200, 201)):
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    r = conn.getresponse(); data = r.read()
    if r.status not in expect: raise SystemExit(f"{method} {path}: {r.status} {data[:300]}")
    return json.loads(data) if data else None

def kbo(n):
    body = 2_000_000 + n
    return f"{body:08d}{97 - body % 97:02d}"

for i in range(count):
    slug = f"send-{i:04d}"
    call("POST", "/api/tenants", {"slug": slug, "name": f"Gemeente Send {i:04d}", "kbo": kbo(i), "nisCode": "44021",
        "address": {"street": "Markt 1", "postalCode": "9000", "city": "Gent"},
        "inhabitants": [{"year": year, "count": 5000 + i * 397 % 90000}]}, expect=(201,))
    call("PUT", f"/api/tenants/{slug}/go-live", {"appStore": f"{year - 1}-03-01", "playStore": f"{year - 1}-03-01"})
    call("POST", f"/api/tenants/{slug}/contacts", {"role": "billing", "name": f"Boekhouding {i:04d}", "email": f"boekhouding-{i:04d}@gemeente.test"})

call("POST", "/api/billing/invoice-runs", {"year": year})
drafts = [i["id"] for i in call("GET", f"/api/billing/invoices?year={year}&status=draft")["items"]]
if len(drafts) != count: raise SystemExit(f"expected {count} drafts, got {len(drafts)}")

def delivered():
    folder = os.path.join(maildir, "new")
    return len(os.listdir(folder)) if os.path.isdir(folder) else 0

before = delivered()
t0 = time.monotonic()
result = call("POST", "/api/billing/invoices/issue", {"ids": drafts, "issueAnyway": True})
issue_s = time.monotonic() - t0
if result["issued"] != count: raise SystemExit(f"issued {result['issued']} of {count}")
first_mail_s = None
while delivered() - before < count:
    if first_mail_s is None and delivered() > before: first_mail_s = time.monotonic() - t0
    if time.monotonic() - t0 > timeout: raise SystemExit(f"timeout: {delivered() - before} of {count} mails after {timeout}s")
    time.sleep(0.05)
total_s = time.monotonic() - t0
# Every invoice's sent-log says sent (sampled: first, middle, last).
for inv in (drafts[0], drafts[count // 2], drafts[-1]):
    mails = call("GET", f"/api/billing/invoices/{inv}/mails")
    states = [m.get("state") for m in (mails if isinstance(mails, list) else mails.get("items", []))]
    if "sent" not in [str(s).lower() for s in states]: raise SystemExit(f"invoice {inv}: mail states {states}")
print(f"invoices={count} issue_request_s={issue_s:.2f} first_mail_s={first_mail_s or total_s:.2f} "
      f"all_sent_s={total_s:.2f} mails_per_s={count / total_s:.1f} ms_per_invoice={total_s * 1000 / count:.1f}")
