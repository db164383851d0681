namespace Tenants.Domain.HouseStyle;

internal enum LogoFormat
{
    Png,
    Svg,
}

/// <summary>An accepted logo: PNG as uploaded, SVG as sanitised. Pixel size is only known for PNG.</summary>
internal sealed record Logo(LogoFormat Format, byte[] Content, int? Width, int? Height)
{
    public string ContentType => Format == LogoFormat.Png ? "image/png" : "image/svg+xml";
}

/// <summary><see cref="Logo"/> or a Dutch <see cref="Error"/>; <see cref="Removed"/> lists what sanitising took out.</summary>
internal sealed record LogoCheck(Logo? Logo, string? Error, IReadOnlyList<string> Removed)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Logo uploads: PNG or SVG only, recognised by content, never by file name or declared type. At most 512 KB.
/// A PNG must be 64 to 2048 pixels each way: smaller looks blurred on a phone, larger only costs data.
/// An SVG must keep a viewBox, or the app cannot scale it; the sanitised version is what gets stored.
/// </summary>
internal static class LogoRules
{
    public const int MaxBytes = 512 * 1024;
    public const int MinPixels = 64;
    public const int MaxPixels = 2048;

    public static LogoCheck Check(byte[] upload)
    {
        if (upload.Length == 0) return Fail("Het bestand is leeg.");
        if (upload.Length > MaxBytes)
            return Fail($"Het logo is {Kilobytes(upload.Length)} KB groot; maximaal {MaxBytes / 1024} KB is toegestaan.");

        return PngInfo.HasSignature(upload) ? CheckPng(upload) : CheckSvg(upload);
    }

    private static LogoCheck CheckPng(byte[] upload)
    {
        if (!PngInfo.TryRead(upload, out var png, out var error)) return Fail(error);
        if (png.Width < MinPixels || png.Height < MinPixels)
            return Fail($"Het logo is {png.Width}×{png.Height} pixels; minimaal {MinPixels}×{MinPixels} is vereist.");
        if (png.Width > MaxPixels || png.Height > MaxPixels)
            return Fail($"Het logo is {png.Width}×{png.Height} pixels; maximaal {MaxPixels}×{MaxPixels} is toegestaan.");
        return new LogoCheck(new Logo(LogoFormat.Png, upload, png.Width, png.Height), null, []);
    }

    private static LogoCheck CheckSvg(byte[] upload)
    {
        if (!LooksLikeXml(upload)) return Fail("Het logo moet een PNG- of SVG-bestand zijn.");

        var svg = SvgSanitizer.Sanitize(upload);
        if (svg.Error is not null) return Fail(svg.Error);
        if (!svg.HasViewBox)
            return Fail("Het SVG-logo heeft geen geldige viewBox, waardoor de app het niet kan schalen.");
        return new LogoCheck(new Logo(LogoFormat.Svg, svg.Svg!, null, null), null, svg.Removed);
    }

    /// <summary>First non-blank character is '&lt;' (after an optional UTF-8 byte order mark).</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) data = data[3..];
        var start = data.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8);
        return start >= 0 && data[start] == (byte)'<';
    }

    private static string Kilobytes(int bytes) => Math.Ceiling(bytes / 1024.0).ToString("0");

    private static LogoCheck Fail(string error) => new(null, error, []);
}
