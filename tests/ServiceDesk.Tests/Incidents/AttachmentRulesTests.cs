using System.Text;
using ServiceDesk.Incidents;

namespace ServiceDesk.Tests.Incidents;

public class AttachmentRulesTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x48, 0xC3, 0xA9, 0x21 }, "text/plain; charset=utf-8")] // "Hé!"
    public void The_type_comes_from_the_content(byte[] content, string type)
    {
        var (found, error) = AttachmentRules.Check("bestand.bin", content);
        Assert.Null(error);
        Assert.Equal(type, found);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]        // Windows executable
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 })]  // zip
    [InlineData(new byte[] { 0xC3, 0x28 })]                    // invalid UTF-8
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]        // truncated PNG signature, binary
    public void Other_content_is_refused_whatever_the_name(byte[] content)
    {
        var (type, error) = AttachmentRules.Check("foto.png", content);
        Assert.Null(type);
        Assert.Contains("PNG, JPEG, PDF", error);
    }

    [Fact]
    public void Five_megabytes_is_the_limit()
    {
        var exact = new byte[AttachmentRules.MaxBytes];
        "%PDF-"u8.CopyTo(exact);
        Assert.Null(AttachmentRules.Check("a.pdf", exact).Error);
        var over = new byte[AttachmentRules.MaxBytes + 1];
        "%PDF-"u8.CopyTo(over);
        Assert.Contains("5 MB", AttachmentRules.Check("a.pdf", over).Error);
    }

    [Theory]
    [InlineData("", "Geef een bestandsnaam")]
    [InlineData(null, "Geef een bestandsnaam")]
    public void A_name_is_required(string? name, string message) =>
        Assert.Contains(message, AttachmentRules.Check(name, Encoding.UTF8.GetBytes("x")).Error);

    [Fact]
    public void Empty_files_are_refused() => Assert.Contains("leeg", AttachmentRules.Check("a.txt", []).Error);

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\temp\\scherm.png", "scherm.png")]
    [InlineData("rapport \"final\".pdf", "rapport final.pdf")]
    [InlineData("/", "bijlage")]
    public void Names_lose_their_path_and_quotes(string name, string safe) => Assert.Equal(safe, AttachmentRules.SafeName(name));
}
