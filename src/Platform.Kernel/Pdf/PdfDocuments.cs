using SkiaSharp;

namespace Platform.Kernel.Pdf;

/// <summary>The one way the platform starts a PDF: SkiaSharp's PDF backend with the document's Dutch title (what a PDF reader
/// shows instead of the file name), subject, author and creator filled in. SkiaSharp's metadata has no language entry
/// (<c>/Lang</c>), so the language is not tagged in the file; the text is Dutch throughout.</summary>
public static class PdfDocuments
{
    public const string Creator = "Mijn Burgerprofiel-platform";

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

    /// <summary>A new PDF on <paramref name="output"/> with <see cref="Metadata"/>.</summary>
    public static SKDocument Create(Stream output, string title, DateTimeOffset createdAt, string? subject = null, string? author = null) =>
        Create(output, Metadata(title, createdAt, subject, author));

    /// <summary>A new PDF on <paramref name="output"/> with metadata made by <see cref="Metadata"/>.</summary>
    public static SKDocument Create(Stream output, SKDocumentPdfMetadata metadata) =>
        SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("Skia could not create a PDF.");
}
