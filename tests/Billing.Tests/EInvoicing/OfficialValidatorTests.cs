using System.Diagnostics;
using Billing.EInvoicing;
using Billing.Pdf;
using Billing.Tests.Pdf;

namespace Billing.Tests.EInvoicing;

/// <summary>Every kind of UBL document the platform writes passes the official EN 16931 and Peppol BIS 3.0 validation
/// (<c>../shared/validators/peppol/validate.sh</c>: the CEN and OpenPeppol Schematron as XSLT, plus the UBL XSD), the way a
/// Peppol access point checks it. The documents embed the real rendered PDF.</summary>
public sealed class OfficialValidatorTests
{
    private static readonly byte[] Pdf = new InvoicePdfRenderer().RenderToArray(SampleDocuments.Invoice());

    public static TheoryData<string> Variants => ["invoice", "invoice-with-order", "invoice-order-only", "credit-note", "credit-note-with-order"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_official_validator_accepts_it(string variant)
    {
        var document = variant switch
        {
            "invoice" => EInvoice.From(SampleDocuments.Invoice(), Pdf, "BST-2023-0042"),
            "invoice-with-order" => EInvoice.From(SampleDocuments.Invoice() with { OrderReference = "PO 4500123987" }, Pdf, "BST-2023-0042"),
            "invoice-order-only" => EInvoice.From(SampleDocuments.Invoice() with { OrderReference = "PO 4500123987" }, Pdf, ""),
            "credit-note" => EInvoice.From(SampleDocuments.CreditNote(), Pdf, "BST-2023-0042"),
            "credit-note-with-order" => EInvoice.From(SampleDocuments.CreditNote() with { OrderReference = "PO 4500123987" }, Pdf, "BST-2023-0042"),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
        var file = Path.Combine(Path.GetTempPath(), $"ubl-{variant}-{Guid.NewGuid():N}.xml");
        File.WriteAllBytes(file, UblInvoiceWriter.WriteBytes(document));
        try
        {
            var (exit, output) = Run(Script, file);
            Assert.True(exit == 0, $"validate.sh exit {exit} for {variant}:\n{output}");
            Assert.Contains("RESULT: valid", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Script
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(UblSchemas.Folder, "..", "..", "validators", "peppol"));
            var script = Path.Combine(folder, "validate.sh");
            return File.Exists(script) ? script : throw new InvalidOperationException($"{script} is missing (../shared next to the repository).");
        }
    }

    private static (int Exit, string Output) Run(string script, string file)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "validate.sh did not finish within 5 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
