#!/usr/bin/env python3
"""Writes a camt.053.001.08 bank statement to stdout, to try the upload on /facturen/betalingen.

Usage: scripts/sample-camt053.py "+++262/0000/00195+++=4666.67" "free:betaling factuur 2026-000002=100.00" > uittreksel.xml
Each argument is one booked incoming credit: a structured communication (any notation) or "free:<text>", then "=amount".
"""
import datetime, sys
from xml.sax.saxutils import escape

entries = []
for i, arg in enumerate(sys.argv[1:], start=1):
    reference, amount = arg.rsplit("=", 1)
    remittance = (f"<Ustrd>{escape(reference[5:])}</Ustrd>" if reference.startswith("free:")
                  else f"<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>{escape(reference)}</Ref></CdtrRefInf></Strd>")
    today = datetime.date.today().isoformat()
    stamp = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    entries.append(f"""<Ntry><NtryRef>{i}</NtryRef><Amt Ccy="EUR">{float(amount):.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
<BookgDt><Dt>{today}</Dt></BookgDt><ValDt><Dt>{today}</Dt></ValDt><AcctSvcrRef>DEMO-{stamp}-{i}</AcctSvcrRef>
<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><Amt Ccy="EUR">{float(amount):.2f}</Amt>
<RltdPties><Dbtr><Pty><Nm>Demo betaler {i}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></DbtrAcct></RltdPties>
<RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>""")
if not entries:
    sys.exit(__doc__)
print(f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
<GrpHdr><MsgId>DEMO</MsgId><CreDtTm>{datetime.datetime.now().isoformat(timespec='seconds')}</CreDtTm></GrpHdr>
<Stmt><Id>DEMO-{datetime.date.today().isoformat()}</Id><Acct><Id><IBAN>BE86375111750850</IBAN></Id></Acct>
{"".join(entries)}
</Stmt></BkToCstmrStmt></Document>""")
