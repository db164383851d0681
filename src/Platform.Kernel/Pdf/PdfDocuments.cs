using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Platform.Kernel.Pdf;

/// <summary>The one way the platform makes a PDF: SkiaSharp's PDF backend with the document's Dutch title (what a PDF reader
/// shows instead of the file name), subject, author and creator filled in, and, on <see cref="Finish"/>, the language
/// <c>nl-BE</c> in the catalog (Skia's metadata has no <c>/Lang</c>; <see cref="PdfLanguage"/> appends it).</summary>
public static class PdfDocuments
{
    public const string Creator = "Mijn Burgerprofiel-platform";

    public const string Language = "nl-BE";

    private static readonly ConditionalWeakTable<SKDocument, CopyingStream> Outputs = new();

    public static SKDocumentPdfMetadata Metadata(string title, DateTimeOffset createdAt, string? subject = null, string? author = null)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = title;
        metadata.Subject = subject ?? title;
        metadata.Author = author ?? "Digitaal Vlaanderen";
        metadata.Creator = Creator;
        metadata.Creation = createdAt.UtcDateTime;
        metadata.Modified = createdAt.UtcDateTime;
        return metadata;
    }

    /// <summary>A new PDF on <paramref name="output"/> with <see cref="Metadata"/>; end it with <see cref="Finish"/>.</summary>
    public static SKDocument Create(Stream output, string title, DateTimeOffset createdAt, string? subject = null, string? author = null) =>
        Create(output, Metadata(title, createdAt, subject, author));

    /// <summary>A new PDF on <paramref name="output"/> with metadata made by <see cref="Metadata"/>; end it with <see cref="Finish"/>.</summary>
    public static SKDocument Create(Stream output, SKDocumentPdfMetadata metadata)
    {
        var copy = new CopyingStream(output);
        var pdf = SKDocument.CreatePdf(copy, metadata) ?? throw new InvalidOperationException("Skia could not create a PDF.");
        Outputs.Add(pdf, copy);
        return pdf;
    }

    /// <summary>Closes the document (Skia writes it out) and appends the catalog's language to the same output.</summary>
    public static void Finish(this SKDocument pdf)
    {
        pdf.Close();
        if (!Outputs.TryGetValue(pdf, out var copy) || copy.Finished) return;
        copy.Finished = true;
        var update = PdfLanguage.Update(copy.Written, Language);
        copy.Output.Write(update);
        copy.Output.Flush();
    }

    /// <summary>Passes Skia's bytes on to the output and keeps a copy, so the catalog can be found once Skia is done
    /// (the output need not be readable or seekable).</summary>
    private sealed class CopyingStream(Stream output) : Stream
    {
        private readonly MemoryStream copy = new();

        public Stream Output => output;

        public bool Finished { get; set; }

        public ReadOnlySpan<byte> Written => copy.GetBuffer().AsSpan(0, (int)copy.Length);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => copy.Length;

        public override long Position { get => copy.Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            copy.Write(buffer);
            output.Write(buffer);
        }

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
