using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using System.Net.Http.Headers;
using System.Security;
using System.Text;

namespace Platform.Tests.Billing;

/// <summary>Writes a camt.053.001.08 bank statement (shape of tests/Billing.Tests/BankStatements/Samples/v08.xml) with unique bank
/// references, so tests sharing one database never see each other's entries as already imported.</summary>
internal sealed class CamtBuilder
{
    private readonly List<string> _entries = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public string StatementId => "STMT-" + _run;

    /// <summary>The bank references, in the order the entries were added.</summary>
    public List<string> References { get; } = [];

    /// <param name="reference">The structured reference in any notation (<c>+++202/6000/00192+++</c>, 12 digits); null for none.</param>
    /// <param name="bookedOn">The booking date (default 20/11/2026): a payment's date, e.g. what makes an invoice paid on time.</param>
    public CamtBuilder Credit(string? reference, decimal amount, string? freeText = null, string currency = "EUR", string status = "BOOK",
        DateOnly? bookedOn = null, string payer = "Gemeente Testdorp") =>
        Entry("CRDT", reference, amount, freeText, currency, status, bookedOn, payer);

    public CamtBuilder Debit(decimal amount) => Entry("DBIT", null, amount, "Bankkosten", "EUR", "BOOK", null, "Gemeente Testdorp");

    /// <summary>The bank takes back an earlier credit (R-transaction): a debit with <c>RvslInd</c>, carrying the original reference.</summary>
    public CamtBuilder Reversal(string? reference, decimal amount) =>
        Entry("DBIT", reference, amount, null, "EUR", "BOOK", null, "Gemeente Testdorp", reversal: true);

    private CamtBuilder Entry(string direction, string? reference, decimal amount, string? freeText, string currency, string status, DateOnly? bookedOn, string payer,
        bool reversal = false)
    {
        var date = (bookedOn ?? new DateOnly(2026, 11, 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var bankReference = $"BNK-{_run}-{_entries.Count + 1:D3}";
        References.Add(bankReference);
        var value = amount.ToString("0.00", CultureInfo.InvariantCulture);
        var remittance = reference is not null
            ? $"<RmtInf><Strd><CdtrRefInf><Ref>{Escape(reference)}</Ref></CdtrRefInf></Strd></RmtInf>"
            : freeText is not null ? $"<RmtInf><Ustrd>{Escape(freeText)}</Ustrd></RmtInf>" : "";
        _entries.Add($"""
                  <Ntry>
                    <NtryRef>NTRY-{_run}-{_entries.Count + 1:D3}</NtryRef>
                    <Amt Ccy="{currency}">{value}</Amt>
                    <CdtDbtInd>{direction}</CdtDbtInd>{(reversal ? "<RvslInd>true</RvslInd>" : "")}
                    <Sts><Cd>{status}</Cd></Sts>
                    <BookgDt><DtTm>{date}T14:03:00+01:00</DtTm></BookgDt>
                    <ValDt><Dt>{date}</Dt></ValDt>
                    <AcctSvcrRef>{bankReference}</AcctSvcrRef>
                    <NtryDtls>
                      <TxDtls>
                        <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                        <Amt Ccy="{currency}">{value}</Amt>
                        <CdtDbtInd>{direction}</CdtDbtInd>
                        <RltdPties>
                          <Dbtr><Pty><Nm>{Escape(payer)}</Nm></Pty></Dbtr>
                          <DbtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></DbtrAcct>
                        </RltdPties>
                        {remittance}
                      </TxDtls>
                    </NtryDtls>
                  </Ntry>
            """);
        return this;
    }

    public string Xml() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr>
              <MsgId>MSG-{_run}</MsgId>
              <CreDtTm>2026-11-21T06:00:00+01:00</CreDtTm>
            </GrpHdr>
            <Stmt>
              <Id>{StatementId}</Id>
              <Acct><Id><IBAN>BE86375111750850</IBAN></Id></Acct>
        {string.Join("\n", _entries)}
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    /// <summary>The multipart form the upload endpoint reads (field <c>file</c>).</summary>
    public MultipartFormDataContent Upload(string fileName = "uittreksel.xml") => Form(Encoding.UTF8.GetBytes(Xml()), fileName);

    public static MultipartFormDataContent Form(byte[] content, string fileName = "uittreksel.xml")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>A valid structured communication that no invoice has (invoice bases start with the year, these with 1).</summary>
    public static string UnknownOgm()
    {
        var number = 1_000_000_000L + Random.Shared.NextInt64(0, 999_999_999);
        var check = number % 97 == 0 ? 97 : number % 97;
        return $"{number:D10}{check:D2}";
    }

    /// <summary>The invoice's communication with check digits that can never be right (00).</summary>
    public static string WithBadCheckDigits(string ogm) => Digits(ogm)[..10] + "00";

    public static string Digits(string ogm) => new([.. ogm.Where(char.IsAsciiDigit)]);

    private static string Escape(string text) => SecurityElement.Escape(text);
}

/// <summary>Statement uploads and invoice reads through the API, for the payment tests.</summary>
internal static class Statements
{
    public const string Url = "/api/billing/bank-statements";

    public static async Task<JsonElement> UploadAsync(HttpClient finance, CamtBuilder statement)
    {
        var response = await finance.PostAsync(Url, statement.Upload());
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> InvoiceAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}");

    public static async Task<List<JsonElement>> PaymentsAsync(HttpClient client, Guid id) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}/payments")).GetProperty("payments").EnumerateArray()];

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static decimal Dec(this JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
