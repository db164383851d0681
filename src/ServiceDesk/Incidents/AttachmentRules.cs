using System.Text;

namespace ServiceDesk.Incidents;

/// <summary>What may be attached to an incident: PNG, JPEG, PDF or plain text, at most 5 MB, checked on content, not on name.</summary>
internal static class AttachmentRules
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerIncident = 10;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    /// <summary>The content type the bytes really are, or a Dutch error.</summary>
    public static (string? ContentType, string? Error) Check(string? fileName, ReadOnlySpan<byte> content)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 255)
            return (null, "Geef een bestandsnaam van hoogstens 255 tekens.");
        if (content.Length == 0)
            return (null, $"{fileName} is leeg.");
        if (content.Length > MaxBytes)
            return (null, $"{fileName} is groter dan 5 MB.");
        if (content.StartsWith(Png)) return ("image/png", null);
        if (content.StartsWith(Jpeg)) return ("image/jpeg", null);
        if (content.StartsWith(Pdf)) return ("application/pdf", null);
        if (IsText(content)) return ("text/plain; charset=utf-8", null);
        return (null, $"{fileName}: alleen PNG, JPEG, PDF en tekstbestanden (.txt) zijn toegelaten.");
    }

    /// <summary>A file name safe to send back in a header: no path, no control characters.</summary>
    public static string SafeName(string fileName)
    {
        // The kernel's file-name rule (path, control characters and bidi overrides removed), and no quotes.
        var clean = Platform.Kernel.Text.TextRule.CleanFileName(fileName).Replace("\"", "").Trim();
        return clean.Length == 0 || clean == "bestand" ? "bijlage" : clean;
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf((byte)0) >= 0) return false;
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
