using System.Globalization;
using System.Text;
using Billing.Payments;

namespace Billing.Tests.BankStatements;

/// <summary>
/// Writes CODA 2.x statements to the Febelfin specification (records of 128 characters; positions 1-based as in the
/// specification), the way different banks fill them in: the structured communication in record 2.1 (type 101) with or
/// without records 2.2/2.3, a free communication spread over 2.1–2.3, batched movements (globalisation, details 0001…)
/// and reversals (R-transaction type in record 2.2). Used by the parser's theories and the import tests.
/// </summary>
public sealed class CodaWriter(string iban = "BE86375111750850", int statementNumber = 321, decimal oldBalance = 1000m, DateOnly? created = null)
{
    public enum Style
    {
        /// <summary>Structured communication in 2.1, then 2.2 (BIC) and 2.3 (payer account and name).</summary>
        StructuredFull,
        /// <summary>Structured communication in 2.1 and nothing else (next code 0).</summary>
        StructuredOnly,
        /// <summary>Free communication (communication type 0) spread over 2.1, 2.2 and 2.3.</summary>
        Free,
    }

    private sealed record Movement(bool Credit, decimal Amount, string? Structured, string? Free, Style Style, char ReturnType, string Payer,
        string PayerIban, DateOnly BookedOn, string BankReference, IReadOnlyList<(string? Structured, decimal Amount)> Details);

    private readonly List<Movement> _movements = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private readonly DateOnly _created = created ?? new DateOnly(2026, 11, 21);

    public List<string> References { get; } = [];

    /// <param name="structured">12 digits (any notation is reduced to its digits), or null.</param>
    public CodaWriter Credit(string? structured, decimal amount, string? freeText = null, Style style = Style.StructuredFull,
        string payer = "Gemeente Testdorp", DateOnly? bookedOn = null) =>
        Add(true, amount, structured, freeText, structured is null ? Style.Free : style, ' ', payer, bookedOn, []);

    public CodaWriter Debit(decimal amount, string freeText = "Bankkosten") => Add(false, amount, null, freeText, Style.Free, ' ', "Bank", null, []);

    /// <summary>The bank takes back an earlier credit: a debit with R-transaction type 4 (reversal) in record 2.2.</summary>
    public CodaWriter Reversal(string? structured, decimal amount, char returnType = '4') =>
        Add(false, amount, structured, null, structured is null ? Style.Free : Style.StructuredFull, returnType, "Gemeente Testdorp", null, []);

    /// <summary>One global credit with details (globalisation code 1, detail records 0001…).</summary>
    public CodaWriter Batch(params (string? Structured, decimal Amount)[] details) =>
        Add(true, details.Sum(d => d.Amount), null, null, Style.Free, ' ', "Verzamelde betalingen", null, details);

    private CodaWriter Add(bool credit, decimal amount, string? structured, string? free, Style style, char returnType, string payer, DateOnly? bookedOn,
        IReadOnlyList<(string?, decimal)> details)
    {
        var reference = $"C{_run}{_movements.Count + 1:D6}";
        References.Add(reference);
        _movements.Add(new(credit, amount, structured is null ? null : Digits(structured), free, style, returnType, payer, "BE71096123456769",
            bookedOn ?? new DateOnly(2026, 11, 20), reference, details));
        return this;
    }

    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string> { Header() };
        var records = new List<string> { OldBalance() };
        var sequence = 0;
        foreach (var m in _movements)
        {
            sequence++;
            records.AddRange(MovementRecords(m, sequence, 0, m.Amount, m.Structured, m.Free, m.Details.Count > 0 ? '1' : '0'));
            var detail = 0;
            foreach (var (structured, amount) in m.Details)
                records.AddRange(MovementRecords(m with { Style = Style.StructuredOnly }, sequence, ++detail, amount, structured is null ? null : Digits(structured),
                    structured is null ? "Detail zonder mededeling" : null, '1'));
        }
        var debits = _movements.Where(m => !m.Credit).Sum(m => m.Amount);
        var credits = _movements.Where(m => m.Credit).Sum(m => m.Amount);
        records.Add(NewBalance(oldBalance + credits - debits));
        lines.AddRange(records);
        lines.Add(Record((1, "9"), (17, records.Count.ToString("D6", CultureInfo.InvariantCulture)), (23, Amount(debits)), (38, Amount(credits)), (128, "2")));
        return lines;
    }

    public string Text() => string.Join("\r\n", Lines()) + "\r\n";

    /// <summary>As most banks deliver it: ISO-8859-1.</summary>
    public byte[] Bytes() => Encoding.Latin1.GetBytes(Text());

    private string Header() => Record((1, "0"), (2, "0000"), (6, Date(_created)), (12, "375"), (15, "05"), (25, _run), (35, "EIGEN VERMOGEN DIGITAAL VL"),
        (61, "GKCCBEBB"), (72, "00207600000"), (128, "2"));

    private string OldBalance() => Record((1, "1"), (2, "2"), (3, (statementNumber % 1000).ToString("D3", CultureInfo.InvariantCulture)), (6, iban), (40, "EUR"),
        (43, oldBalance < 0 ? "1" : "0"), (44, Amount(Math.Abs(oldBalance))), (59, Date(_created.AddDays(-1))), (65, "EV DIGITAAL VLAANDEREN"),
        (91, "Zichtrekening"), (126, (statementNumber % 1000).ToString("D3", CultureInfo.InvariantCulture)));

    private string NewBalance(decimal balance) => Record((1, "8"), (2, (statementNumber % 1000).ToString("D3", CultureInfo.InvariantCulture)),
        (5, iban.PadRight(34) + "EUR"), (42, balance < 0 ? "1" : "0"), (43, Amount(Math.Abs(balance))), (58, Date(_created)), (128, "0"));

    private IEnumerable<string> MovementRecords(Movement m, int sequence, int detail, decimal amount, string? structured, string? free, char globalisation)
    {
        var communication = structured is not null ? "101" + structured : free ?? "";
        var (first, second, third) = (Cut(communication, 0, 53), Cut(communication, 53, 53), Cut(communication, 106, 43));
        var needs22 = m.Style == Style.StructuredFull || second.Length > 0 || third.Length > 0 || m.ReturnType != ' ';
        var needs23 = m.Style == Style.StructuredFull || third.Length > 0;
        var code = detail > 0 ? "50150000" : m.Credit ? "00150000" : "00101000";
        var seq = sequence.ToString("D4", CultureInfo.InvariantCulture);
        var det = detail.ToString("D4", CultureInfo.InvariantCulture);
        yield return Record((1, "21"), (3, seq), (7, det), (11, m.BankReference), (32, m.Credit ? "0" : "1"), (33, Amount(amount)), (48, Date(m.BookedOn)),
            (54, code), (62, structured is not null ? "1" : "0"), (63, first), (116, Date(m.BookedOn)), (122, (statementNumber % 1000).ToString("D3", CultureInfo.InvariantCulture)),
            (125, globalisation == '1' && detail == 0 ? "1" : "0"), (126, needs22 || needs23 ? "1" : "0"), (128, "0"));
        if (needs22)
            yield return Record((1, "22"), (3, seq), (7, det), (11, second), (64, "NOTPROVIDED"), (99, "GEBABEBB"), (113, m.ReturnType.ToString()),
                (114, m.ReturnType != ' ' ? "MS02" : ""), (126, needs23 ? "1" : "0"), (128, "0"));
        if (needs23)
            yield return Record((1, "23"), (3, seq), (7, det), (11, m.PayerIban.PadRight(34) + "EUR"), (48, m.Payer), (83, third), (126, "0"), (128, "0"));
    }

    private static string Cut(string text, int from, int length) => from >= text.Length ? "" : text.Substring(from, Math.Min(length, text.Length - from));

    private static string Amount(decimal euro) => ((long)(euro * 1000m)).ToString("D15", CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("ddMMyy", CultureInfo.InvariantCulture);

    /// <summary>A record of 128 spaces with each value written from its (1-based) position.</summary>
    public static string Record(params (int Position, string Value)[] fields)
    {
        var line = new string(' ', 128).ToCharArray();
        foreach (var (position, value) in fields)
        {
            if (position - 1 + value.Length > 128) throw new ArgumentException($"'{value}' at {position} does not fit");
            value.CopyTo(0, line, position - 1, value.Length);
        }
        return new string(line);
    }
}
