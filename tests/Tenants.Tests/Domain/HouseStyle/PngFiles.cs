using System.Buffers.Binary;
using System.Text;

namespace Tenants.Tests.Domain.HouseStyle;

/// <summary>Builds PNG files for tests, with its own bitwise CRC so the production CRC table is checked against it.</summary>
internal static class PngFiles
{
    /// <summary>A real 300×120 transparent PNG written by Python's zlib, not by this builder.</summary>
    public static readonly byte[] Real300x120 = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAASwAAAB4CAYAAABIFc8gAAAAo0lEQVR42u3BMQEAAADCoPVPbQ0PoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg1wAzFgAB4rzj9gAAAABJRU5ErkJggg==");

    /// <summary>Signature, IHDR for the size, an IDAT of <paramref name="padding"/> bytes (not a valid image, which the
    /// header reader never looks at), IEND.</summary>
    public static byte[] Make(uint width, uint height, int padding = 16)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 6;
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(stream, "IHDR", ihdr);
        Chunk(stream, "IDAT", new byte[padding]);
        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        stream.Write(buffer);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc(typeAndData));
        stream.Write(buffer);
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
