using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Kernel.Export;
using Platform.Kernel.Privacy;

namespace DataProtection.Export;

/// <summary>One tenant's archive as a ZIP written straight to a file: every entry is streamed through a SHA-256 hash and
/// listed in <c>manifest.json</c> (path, bytes, sha256) at the end. Memory stays flat: rows are written as they are read,
/// the CSV twin of a table goes to a temporary file first (a ZIP takes one open entry at a time).</summary>
internal sealed class ZipTenantArchive : ITenantArchive, IAsyncDisposable
{
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };
    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly string _tempFolder;
    private readonly List<ManifestEntry> _entries = [];

    public ZipTenantArchive(string path, string tempFolder)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: true);
        _tempFolder = tempFolder;
    }

    public string? Prefix { get; set; }

    public IReadOnlyList<ManifestEntry> Entries => _entries;

    public async Task WriteTableAsync<T>(string path, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToArray();
        var csvPath = Path.Combine(_tempFolder, Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            await using (var csv = new StreamWriter(csvPath, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            {
                await csv.WriteAsync(Csv.Line(properties.Select(p => ExportCell.Of(p.Name))));
                await WriteEntryAsync(path + ".json", async stream =>
                {
                    await using var writer = new Utf8JsonWriter(stream);
                    writer.WriteStartArray();
                    await foreach (var row in rows.WithCancellation(cancellationToken))
                    {
                        JsonSerializer.Serialize(writer, row, Json);
                        await csv.WriteAsync(Csv.Line(properties.Select(p => Cell(p.GetValue(row)))));
                        if (writer.BytesPending > 1 << 15) await writer.FlushAsync(cancellationToken);
                    }
                    writer.WriteEndArray();
                    await writer.FlushAsync(cancellationToken);
                }, cancellationToken);
            }
            await using var source = File.OpenRead(csvPath);
            await WriteFileAsync(path + ".csv", source, cancellationToken);
        }
        finally
        {
            File.Delete(csvPath);
        }
    }

    public Task WriteFileAsync(string path, Stream content, CancellationToken cancellationToken) =>
        WriteEntryAsync(path, stream => content.CopyToAsync(stream, cancellationToken), cancellationToken);

    /// <summary>Adds the manifest and closes the ZIP; returns the archive's size.</summary>
    public async Task<long> CompleteAsync(IReadOnlyDictionary<string, string> about, CancellationToken cancellationToken)
    {
        Prefix = null;
        var manifest = new Manifest(about, _entries);
        var entry = _zip.CreateEntry(ManifestName, CompressionLevel.Optimal);
        await using (var stream = entry.Open())
            await JsonSerializer.SerializeAsync(stream, manifest, new JsonSerializerOptions(Json) { WriteIndented = true }, cancellationToken);
        _zip.Dispose();
        await _file.FlushAsync(cancellationToken);
        return _file.Length;
    }

    public async ValueTask DisposeAsync()
    {
        _zip.Dispose();
        await _file.DisposeAsync();
    }

    private async Task WriteEntryAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var full = Prefix is null ? path : Prefix + "/" + path;
        var entry = _zip.CreateEntry(full, CompressionLevel.Fastest);
        await using var zipStream = entry.Open();
        await using var hashing = new HashingStream(zipStream);
        await write(hashing);
        await hashing.FlushAsync(cancellationToken);
        _entries.Add(new ManifestEntry(full, hashing.Length, hashing.Hash()));
    }

    private static ExportCell Cell(object? value) => value switch
    {
        null => ExportCell.Of(""),
        string s => ExportCell.Of(s),
        decimal d => ExportCell.Decimal(d, 2),
        int i => ExportCell.Integer(i),
        long l => ExportCell.Integer(l),
        DateOnly d => ExportCell.Day(d),
        DateTimeOffset t => ExportCell.Of(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        byte[] b => ExportCell.Of($"({b.Length} bytes)"),
        IFormattable f => ExportCell.Of(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => ExportCell.Of(value.ToString() ?? ""),
    };

    /// <summary>Counts and hashes what passes through, write-only (the ZIP entry stream cannot seek).</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public string Hash() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _length += buffer.Length;
            inner.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _hash.AppendData(buffer.Span);
            _length += buffer.Length;
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}

internal sealed record ManifestEntry(string Path, long Bytes, string Sha256);

internal sealed record Manifest(IReadOnlyDictionary<string, string> About, IReadOnlyList<ManifestEntry> Files);
