using System.Globalization;
using System.Text;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>
/// Reads Febelfin CODA 2.x bank statements (fixed-width records of 128 characters: 0 header, 1 old balance, 2.1–2.3
/// movement, 3.1–3.3 information, 4 free communication, 8 new balance, 9 trailer) into the same <see cref="BankStatement"/>
/// as camt.053, so matching, the import-once rule and the review list are the same. All or nothing: any malformed record
/// refuses the whole file with its line number. Positions below are the specification's, 1-based.
/// </summary>
internal static class CodaParser
{
    public const int RecordLength = 128;

    /// <summary>A CODA file starts with a header record: <c>0000</c> then a DDMMYY creation date; camt.053 is XML.</summary>
    public static bool LooksLikeCoda(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("\uFEFF"u8)) start = start[3..];
        return start.Length >= 11 && start.StartsWith("00000"u8) && IsDigits(start[5..11]);
    }

    private static bool IsDigits(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (b is < (byte)'0' or > (byte)'9') return false;
        return true;
    }

    /// <exception cref="CamtFormatException">Anything malformed: nothing is returned then.</exception>
    public static IReadOnlyList<BankStatement> Parse(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Parse(Decode(buffer.ToArray()));
    }

    /// <summary>Banks write CODA in ISO-8859-1 (some in UTF-8): valid UTF-8 is read as such, anything else as Latin-1.</summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    public static IReadOnlyList<BankStatement> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0)
            throw new CamtFormatException("Het CODA-bestand is leeg. Er werd niets ingelezen.");
        var statements = new List<BankStatement>();
        var reader = new CodaStatementReader();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = new CodaLine(lines[i], i + 1);
            if (reader.Read(line) is { } statement)
                statements.Add(statement);
        }
        reader.End(lines.Count);
        return statements.Count > 0 ? statements : throw new CamtFormatException("Het CODA-bestand bevat geen rekeninguittreksel. Er werd niets ingelezen.");
    }
}

/// <summary>One record with its line number; positions are the specification's (1-based, inclusive).</summary>
internal readonly record struct CodaLine(string Text, int Number)
{
    public char Type => Text[0];

    public string Field(int from, int to) => Text.Substring(from - 1, to - from + 1);

    public string Trimmed(int from, int to) => Field(from, to).Trim();

    public CamtFormatException Fail(string problem) =>
        new($"Regel {Number}: {problem}. Het CODA-bestand werd geweigerd; er werd niets ingelezen.");

    public int Number4(int from, int to) =>
        int.TryParse(Field(from, to), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Fail($"positie {from}–{to} moet een getal zijn, niet '{Field(from, to)}'");

    /// <summary>15 digits with three decimals, signed by the given sign digit (0 credit, 1 debit).</summary>
    public decimal Amount(int signAt, int from)
    {
        var sign = Text[signAt - 1];
        if (sign is not ('0' or '1')) throw Fail($"het teken op positie {signAt} moet 0 (credit) of 1 (debet) zijn, niet '{sign}'");
        var digits = Field(from, from + 14);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var mills))
            throw Fail($"het bedrag op positie {from}–{from + 14} moet uit 15 cijfers bestaan, niet '{digits}'");
        var value = Mills(mills);
        return sign == '1' ? -value : value;
    }

    /// <summary>15 digits with three decimals, no sign (the trailer's totals).</summary>
    public decimal Unsigned(int from)
    {
        var digits = Field(from, from + 14);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var mills)
            ? Mills(mills) : throw Fail($"het bedrag op positie {from}–{from + 14} moet uit 15 cijfers bestaan, niet '{digits}'");
    }

    /// <summary>CODA amounts have three decimals; a euro amount (third decimal 0) gets the two decimals camt.053 gives, so
    /// both formats store and show the same value (<c>100.00</c>, not <c>100</c>).</summary>
    private static decimal Mills(long mills)
    {
        var value = decimal.Parse(mills.ToString("D4", CultureInfo.InvariantCulture).Insert(mills.ToString("D4", CultureInfo.InvariantCulture).Length - 3, "."), CultureInfo.InvariantCulture);
        return mills % 10 == 0 ? Math.Round(value, 2) : value;
    }

    /// <summary>DDMMYY; <c>000000</c> is "not given".</summary>
    public DateOnly? Date(int from)
    {
        var text = Field(from, from + 5);
        if (text == "000000") return null;
        return DateOnly.TryParseExact(text, "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Fail($"'{text}' op positie {from}–{from + 5} is geen geldige datum (DDMMJJ)");
    }
}
