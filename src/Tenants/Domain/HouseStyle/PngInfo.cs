using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Tenants.Domain.HouseStyle;

/// <summary>Width and height of a PNG, read from its IHDR chunk without decoding the image. The signature,
/// the IHDR layout and checksum, and the closing IEND chunk are checked, so a renamed or truncated file is refused.</summary>
internal readonly record struct PngInfo(int Width, int Height)
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> End => [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    public static bool HasSignature(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static bool TryRead(ReadOnlySpan<byte> data, out PngInfo info, [NotNullWhen(false)] out string? error)
    {
        info = default;
        error = null;
        if (!HasSignature(data))
            error = "Het bestand is geen PNG-afbeelding.";
        else if (data.Length < 8 + 25 + End.Length
                 || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13
                 || !data[12..16].SequenceEqual("IHDR"u8)
                 || BinaryPrimitives.ReadUInt32BigEndian(data[29..]) != Crc32.Compute(data[12..29]))
            error = "Het PNG-bestand is beschadigd: de kop (IHDR) ontbreekt of klopt niet.";
        else if (!data.EndsWith(End))
            error = "Het PNG-bestand is onvolledig: het einde (IEND) ontbreekt.";
        if (error is not null) return false;

        var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
        {
            error = "Het PNG-bestand heeft een ongeldige breedte of hoogte.";
            return false;
        }
        info = new PngInfo((int)width, (int)height);
        return true;
    }
}

/// <summary>The CRC-32 PNG uses (ISO 3309, polynomial 0xEDB88320).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    })];

    public static uint Compute(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }
}
