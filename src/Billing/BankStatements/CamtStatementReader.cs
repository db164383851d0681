using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Platform.Kernel.Formatting;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>Reads one <c>Stmt</c>; the element paths differ slightly between camt.053 versions, hence the alternatives.</summary>
internal sealed class CamtStatementReader(XNamespace ns, XElement statement)
{
    private string _where = "";

    public BankStatement Read()
    {
        var id = Text(statement, "Id") ?? "?";
        _where = $"Uittreksel {id}";
        var iban = Text(statement, "Acct", "Id", "IBAN");
        var entries = statement.Elements(ns + "Ntry").Select((e, i) => Entry(e, iban, id, i + 1)).ToList();
        return new(id, iban, entries);
    }

    private BankEntry Entry(XElement e, string? iban, string statementId, int number)
    {
        _where = $"Uittreksel {statementId}, boeking {number} (regel {((IXmlLineInfo)e).LineNumber})";
        // The bank's own reference is unique; NtryRef often restarts with every statement, so it only counts within its statement.
        var reference = Text(e, "AcctSvcrRef")
            ?? (Text(e, "NtryRef") is { } entryRef ? $"{iban ?? "?"}/{statementId}/{entryRef}" : null)
            ?? throw Fail("de bankreferentie (AcctSvcrRef of NtryRef) ontbreekt");
        var (amount, currency) = Amount(e.Element(ns + "Amt")) ?? throw Fail("het bedrag (Amt) ontbreekt");
        var direction = Text(e, "CdtDbtInd");
        if (direction is not ("CRDT" or "DBIT"))
            throw Fail($"CdtDbtInd moet CRDT of DBIT zijn, niet '{direction}'");
        var status = e.Element(ns + "Sts") is { } sts ? (Text(sts, "Cd") ?? sts.Value.Trim()) : throw Fail("de status (Sts) ontbreekt");
        var reversal = Text(e, "RvslInd") is { } r && (r == "true" || r == "1");
        var details = e.Elements(ns + "NtryDtls").SelectMany(d => d.Elements(ns + "TxDtls")).ToList();
        var transactions = details.Count == 0
            ? [new BankTransaction(reference, amount, currency, null, Text(e, "AddtlNtryInf"), null, null)]
            : details.Select((t, i) => Transaction(t, reference, i + 1, details.Count == 1 ? (amount, currency) : null)).ToList();
        if (transactions.Select(t => t.Reference).Distinct().Count() != transactions.Count)
            transactions = transactions.Select((t, i) => t with { Reference = $"{reference}/{i + 1}" }).ToList();
        if (details.Count > 1 && transactions.Sum(t => t.Amount) != amount)
            throw Fail($"de som van de transacties ({Dutch.Money(transactions.Sum(t => t.Amount))}) verschilt van het bedrag van de boeking ({Dutch.Money(amount)})");
        return new(reference, amount, currency, direction == "CRDT", status is "BOOK" or "Booked", reversal,
            Date(e.Element(ns + "BookgDt")), Date(e.Element(ns + "ValDt")), transactions);
    }

    private BankTransaction Transaction(XElement t, string entryReference, int number, (decimal, string)? entryAmount)
    {
        var amount = Amount(t.Element(ns + "Amt"))
            ?? Amount(t.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt"))
            ?? Amount(t.Element(ns + "AmtDtls")?.Element(ns + "InstdAmt")?.Element(ns + "Amt"))
            ?? entryAmount
            ?? throw Fail($"transactie {number} van de gebundelde boeking heeft geen bedrag");
        var refs = t.Element(ns + "Refs");
        // The payer chooses the EndToEndId (and may repeat it), so only the bank's reference identifies a transaction.
        var own = Text(refs, "AcctSvcrRef");
        var remittance = t.Element(ns + "RmtInf");
        var structured = remittance?.Elements(ns + "Strd")
            .Select(s => Text(s, "CdtrRefInf", "Ref")).FirstOrDefault(r => r is not null);
        var free = remittance?.Elements(ns + "Ustrd").Select(u => u.Value.Trim()).Where(u => u.Length > 0).ToList() is { Count: > 0 } lines
            ? string.Join(" ", lines) : null;
        var parties = t.Element(ns + "RltdPties");
        var debtor = parties?.Element(ns + "Dbtr");
        return new(own ?? $"{entryReference}/{number}", amount.Item1, amount.Item2, structured, free,
            Text(debtor, "Nm") ?? Text(debtor, "Pty", "Nm"), Text(parties, "DbtrAcct", "Id", "IBAN"));
    }

    private (decimal, string)? Amount(XElement? amt)
    {
        if (amt is null)
            return null;
        if (!decimal.TryParse(amt.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw Fail($"'{amt.Value}' is geen geldig bedrag");
        var currency = amt.Attribute("Ccy")?.Value;
        if (currency is not { Length: 3 })
            throw Fail("de munt (Ccy) van het bedrag ontbreekt");
        return (value, currency);
    }

    private DateOnly? Date(XElement? element)
    {
        var text = Text(element, "Dt") ?? Text(element, "DtTm");
        if (text is null)
            return null;
        return text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Fail($"'{text}' is geen geldige datum");
    }

    private string? Text(XElement? element, params string[] path)
    {
        foreach (var name in path)
            element = element?.Element(ns + name);
        return element?.Value.Trim() is { Length: > 0 } s ? s : null;
    }

    private CamtFormatException Fail(string problem) => new($"{_where}: {problem}. Het bestand werd geweigerd; er werd niets ingelezen.");
}
