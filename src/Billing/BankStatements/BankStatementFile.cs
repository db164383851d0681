using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>A statement file as the bank delivers it: CODA (fixed-width text) or camt.053 (XML), told apart by content, not
/// by name, so a CODA file named <c>.txt</c> or a camt.053 named <c>.cod</c> is read right.</summary>
internal static class BankStatementFile
{
    /// <summary>The extensions the drop folder picks up.</summary>
    public static readonly string[] Extensions = [".xml", ".cod", ".coda"];

    public static bool IsCoda(byte[] content) => CodaParser.LooksLikeCoda(content);

    /// <exception cref="CamtFormatException">The file is refused whole; the message is Dutch and says where.</exception>
    public static IReadOnlyList<BankStatement> Parse(Stream content, out string format)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (IsCoda(bytes))
        {
            format = "CODA";
            return CodaParser.Parse(CodaParser.Decode(bytes));
        }
        format = "camt.053";
        using var xml = new MemoryStream(bytes, writable: false);
        return Camt053Parser.Parse(xml);
    }
}
