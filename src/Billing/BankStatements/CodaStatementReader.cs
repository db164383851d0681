using System.Text.RegularExpressions;
using Platform.Kernel.Formatting;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>Reads the records of one CODA file in order, statement by statement (a file may hold several 0…9 blocks),
/// and checks what the specification lets us check: record order, continuation codes, the balances and the trailer.</summary>
internal sealed partial class CodaStatementReader
{
    private Header? _header;
    private Account? _account;
    private readonly List<Movement> _movements = [];
    private CodaLine? _previous;
    private int _records;
    private DateOnly? _newBalanceDate;
    private decimal? _newBalance;

    private sealed record Header(DateOnly Created, int Line);

    private sealed record Account(string Id, string? Iban, string Currency, decimal OldBalance, string Number);

    private sealed class Movement(CodaLine first, int sequence, int detail, string bankReference, decimal amount, string code, bool structured)
    {
        public CodaLine First { get; } = first;
        public int Sequence { get; } = sequence;
        public int Detail { get; } = detail;
        public string BankReference { get; } = bankReference;
        public decimal Amount { get; } = amount;
        public string TransactionCode { get; } = code;
        public bool Structured { get; } = structured;
        public string Communication { get; set; } = "";
        public DateOnly? ValueDate { get; init; }
        public DateOnly? EntryDate { get; init; }
        public char ReturnType { get; set; } = ' ';
        public string? CounterpartyIban { get; set; }
        public string? CounterpartyName { get; set; }
        public bool ExpectsContinuation { get; set; }
        public List<Movement> Details { get; } = [];
    }

    /// <returns>The statement when <paramref name="line"/> closes one (record 9), else null.</returns>
    public BankStatement? Read(CodaLine line)
    {
        if (line.Text.Length != CodaParser.RecordLength)
            throw line.Fail($"een CODA-record heeft {CodaParser.RecordLength} tekens, deze regel heeft er {line.Text.Length}");
        if (_header is null && line.Type != '0')
            throw line.Fail("een CODA-bestand begint met een kopregel (record 0)");
        var previousWasMovement = _previous is { } p && p.Type == '2' && Last() is { ExpectsContinuation: true };
        if (previousWasMovement && !(line.Type == '2' && line.Text[1] is '2' or '3'))
            throw line.Fail("de vorige beweging kondigde een vervolgrecord 2.2 of 2.3 aan (volgcode 1), maar dat ontbreekt");
        BankStatement? done = null;
        switch (line.Type)
        {
            case '0': ReadHeader(line); break;
            case '1': ReadOldBalance(line); _records++; break;
            case '2': ReadMovement(line); _records++; break;
            case '3' or '4': RequireAccount(line); _records++; break;
            case '8': ReadNewBalance(line); _records++; break;
            case '9': done = ReadTrailer(line); break;
            default: throw line.Fail($"onbekend recordtype '{line.Type}'");
        }
        _previous = line;
        return done;
    }

    public void End(int lines)
    {
        if (_header is not null)
            throw new CamtFormatException($"Regel {lines}: het CODA-bestand eindigt zonder afsluitrecord (record 9). Het CODA-bestand werd geweigerd; er werd niets ingelezen.");
    }

    private void ReadHeader(CodaLine line)
    {
        if (_header is not null)
            throw line.Fail("een nieuwe kopregel (record 0) voor het afsluitrecord (record 9) van het vorige uittreksel");
        if (line.Field(2, 5) != "0000")
            throw line.Fail("de kopregel begint met 00000");
        if (line.Text[127] != '2')
            throw line.Fail($"alleen CODA versie 2 wordt gelezen (versiecode op positie 128: '{line.Text[127]}')");
        _header = new(line.Date(6) ?? throw line.Fail("de aanmaakdatum ontbreekt"), line.Number);
    }

    private void ReadOldBalance(CodaLine line)
    {
        if (_account is not null) throw line.Fail("een tweede record 1 (oud saldo) in hetzelfde uittreksel");
        var (iban, number, currency) = line.Text[1] switch
        {
            '0' => (null, line.Trimmed(6, 17), line.Field(19, 21)),
            '1' => (null, line.Trimmed(6, 39), line.Field(40, 42)),
            '2' => (line.Trimmed(6, 21), line.Trimmed(6, 21), line.Field(40, 42)),
            '3' => (line.Trimmed(6, 39), line.Trimmed(6, 39), line.Field(40, 42)),
            var s => throw line.Fail($"onbekende rekeningstructuur '{s}' op positie 2"),
        };
        if (!CurrencyCode().IsMatch(currency)) throw line.Fail($"'{currency}' is geen muntcode");
        var statementNumber = line.Field(3, 5);
        _account = new(number, iban, currency, line.Amount(43, 44), statementNumber);
    }

    private void ReadMovement(CodaLine line)
    {
        RequireAccount(line);
        if (_newBalance is not null) throw line.Fail("een beweging na het nieuwe saldo (record 8)");
        var sequence = line.Number4(3, 6);
        var detail = line.Number4(7, 10);
        switch (line.Text[1])
        {
            case '1':
                var communicationType = line.Text[61];
                if (communicationType is not ('0' or '1')) throw line.Fail($"de mededelingscode op positie 62 moet 0 of 1 zijn, niet '{communicationType}'");
                var movement = new Movement(line, sequence, detail, line.Trimmed(11, 31), line.Amount(32, 33), line.Field(54, 61), communicationType == '1')
                {
                    ValueDate = line.Date(48), EntryDate = line.Date(116), Communication = line.Field(63, 115),
                    ExpectsContinuation = NextCode(line) == '1',
                };
                if (detail == 0)
                {
                    if (_movements.Any(m => m.Sequence == sequence)) throw line.Fail($"volgnummer {sequence} komt twee keer voor");
                    _movements.Add(movement);
                }
                else
                {
                    var global = _movements.LastOrDefault() is { } g && g.Sequence == sequence
                        ? g : throw line.Fail($"detail {detail} hoort bij beweging {sequence}, die er niet vlak voor staat");
                    global.Details.Add(movement);
                }
                break;
            case '2':
                var toContinue = Continued(line, sequence, detail);
                toContinue.Communication += line.Field(11, 63);
                toContinue.ReturnType = line.Text[112];
                if (toContinue.ReturnType is not (' ' or '1' or '2' or '3' or '4' or '5'))
                    throw line.Fail($"het type R-transactie op positie 113 moet leeg of 1–5 zijn, niet '{toContinue.ReturnType}'");
                toContinue.ExpectsContinuation = NextCode(line) == '1';
                break;
            case '3':
                var last = Continued(line, sequence, detail);
                last.CounterpartyIban = line.Trimmed(11, 44) is { Length: > 0 } account ? account : null;
                last.CounterpartyName = line.Trimmed(48, 82) is { Length: > 0 } name ? name : null;
                last.Communication += line.Field(83, 125);
                last.ExpectsContinuation = false;
                if (NextCode(line) == '1') throw line.Fail("na record 2.3 volgt geen record 2 meer (volgcode op positie 126 moet 0 zijn)");
                break;
            default:
                throw line.Fail($"onbekend bewegingsrecord 2.{line.Text[1]}");
        }
    }

    private static char NextCode(CodaLine line) =>
        line.Text[125] is '0' or '1' ? line.Text[125] : throw line.Fail($"de volgcode op positie 126 moet 0 of 1 zijn, niet '{line.Text[125]}'");

    private Movement? Last() => _movements.LastOrDefault() is { } m ? (m.Details.Count > 0 ? m.Details[^1] : m) : null;

    private Movement Continued(CodaLine line, int sequence, int detail)
    {
        var last = Last();
        if (last is null || _previous?.Type != '2' || last.Sequence != sequence || last.Detail != detail || !last.ExpectsContinuation)
            throw line.Fail($"record 2.{line.Text[1]} volgt niet op een beweging (record 2.1) met volgnummer {sequence} en volgcode 1");
        return last;
    }

    private void ReadNewBalance(CodaLine line)
    {
        RequireAccount(line);
        if (_newBalance is not null) throw line.Fail("een tweede nieuw saldo (record 8)");
        _newBalance = line.Amount(42, 43);
        _newBalanceDate = line.Date(58);
        var movements = _movements.Sum(m => m.Amount);
        if (_account!.OldBalance + movements != _newBalance)
            throw line.Fail($"het nieuwe saldo ({Dutch.Money(_newBalance.Value)}) is niet het oude saldo ({Dutch.Money(_account.OldBalance)}) plus de bewegingen ({Dutch.Money(movements)})");
    }

    private BankStatement ReadTrailer(CodaLine line)
    {
        if (_header is null || _account is null || _newBalance is null)
            throw line.Fail("het afsluitrecord (record 9) komt voor het oude saldo (record 1) of het nieuwe saldo (record 8)");
        var count = line.Number4(17, 22);
        if (count != _records) throw line.Fail($"het afsluitrecord telt {count} records, het uittreksel heeft er {_records}");
        var (debit, credit) = (line.Unsigned(23), line.Unsigned(38));
        var (debits, credits) = (-_movements.Where(m => m.Amount < 0).Sum(m => m.Amount), _movements.Where(m => m.Amount > 0).Sum(m => m.Amount));
        if (debit != debits || credit != credits)
            throw line.Fail($"de totalen van het afsluitrecord (debet {Dutch.Money(debit)}, credit {Dutch.Money(credit)}) verschillen van de bewegingen (debet {Dutch.Money(debits)}, credit {Dutch.Money(credits)})");
        var statement = new BankStatement($"CODA {_account.Id} {_account.Number} {_header.Created:dd/MM/yyyy}", _account.Iban,
            [.. _movements.Select(Entry)]);
        _header = null;
        _account = null;
        _movements.Clear();
        _records = 0;
        _newBalance = null;
        _newBalanceDate = null;
        return statement;
    }

    private BankEntry Entry(Movement m)
    {
        var reference = m.BankReference.Length > 0 ? m.BankReference : $"{_account!.Id}/{_account.Number}/{_header!.Created:yyyyMMdd}/{m.Sequence:D4}";
        var parts = m.Details.Count > 0 ? m.Details : [m];
        if (m.Details.Count > 0 && m.Details.Sum(d => d.Amount) != m.Amount)
            throw m.First.Fail($"de details van beweging {m.Sequence} ({Dutch.Money(m.Details.Sum(d => d.Amount))}) verschillen van haar bedrag ({Dutch.Money(m.Amount)})");
        var transactions = parts.Select(p => Transaction(p, m.Details.Count > 0 ? $"{reference}/{p.Detail:D4}" : reference)).ToList();
        return new(reference, Math.Abs(m.Amount), _account!.Currency, m.Amount >= 0, IsBooked: true,
            IsReversal: m.ReturnType != ' ' || parts.Any(p => p.ReturnType != ' '), m.EntryDate ?? _newBalanceDate, m.ValueDate, transactions);
    }

    private BankTransaction Transaction(Movement m, string reference)
    {
        string? structured = null, free = null;
        // Structured: type 101 (Belgian structured communication, 12 digits) or 102 (the same, given by the payer's bank).
        if (m.Structured && m.Communication.Length >= 15 && m.Communication[..3] is "101" or "102")
            structured = m.Communication.Substring(3, 12).Trim();
        else
            free = Spaces().Replace(m.Communication, " ").Trim() is { Length: > 0 } text ? text : null;
        if (m.Structured && structured is null)
            free = Spaces().Replace(m.Communication, " ").Trim() is { Length: > 0 } other ? other : null;
        return new(reference, Math.Abs(m.Amount), _account!.Currency, structured, free, m.CounterpartyName, m.CounterpartyIban);
    }

    private void RequireAccount(CodaLine line)
    {
        if (_account is null) throw line.Fail($"record {line.Type} komt voor het oude saldo (record 1)");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
