using Billing.Issuing;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;

namespace Billing.EInvoicing;

/// <summary>An invoice's or credit note's UBL file, or the EN 16931/Peppol rules its stored facts break (listed one by one
/// in the API's problem details, so not a plain conflict).</summary>
internal abstract record UblFile
{
    public sealed record Document(string FileName, byte[] Xml) : UblFile;

    /// <summary>The stored facts cannot make a valid Peppol document (e.g. no buyer reference); per field, in Dutch.</summary>
    public sealed record Invalid(IReadOnlyList<Domain.RuleViolation> Violations) : UblFile;
}

/// <summary>The Peppol BIS 3.0 document of an issued invoice or credit note, made from the stored, immutable invoice and its
/// stored PDF (so it is the same every time). The buyer reference is taken from the tenant the first time when the tenant had
/// none at issue, and then kept on the invoice.</summary>
internal sealed class UblExport(BillingDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes)
{
    public async Task<UblFile> ForInvoiceAsync(Invoice invoice, CancellationToken ct)
    {
        var pdf = await PdfAsync(invoice.Id, ct);
        var reference = await BuyerReferenceAsync(invoice, ct);
        return Write(EInvoice.From(Documents.ForInvoice(invoice), pdf, reference ?? ""), invoice.Number!);
    }

    public async Task<UblFile> ForCreditNoteAsync(CreditNote note, Invoice invoice, CancellationToken ct)
    {
        var pdf = await PdfAsync(note.Id, ct);
        var reference = await BuyerReferenceAsync(invoice, ct);
        return Write(EInvoice.From(Documents.ForCreditNote(note, invoice), pdf, reference ?? ""), note.Number);
    }

    public static string FileName(string number) => $"{number}.xml";

    private static UblFile Write(EInvoice e, string number)
    {
        var violations = EInvoiceRules.Validate(e);
        return violations.Count > 0 ? new UblFile.Invalid(violations) : new UblFile.Document(FileName(number), UblInvoiceWriter.WriteBytes(e));
    }

    private async Task<byte[]> PdfAsync(Guid documentId, CancellationToken ct) =>
        await AcrossTenants.Pdfs(db).AsNoTracking().Where(p => p.Id == documentId).Select(p => p.Content).FirstOrDefaultAsync(ct)
        ?? throw new InvalidOperationException($"Document {documentId} has no stored PDF.");

    private async Task<string?> BuyerReferenceAsync(Invoice invoice, CancellationToken ct)
    {
        if (invoice.BuyerReference is not null) return invoice.BuyerReference;
        if ((await directory.FindAsync(invoice.TenantId, ct))?.InvoiceReference is not { } reference) return null;
        await using var scope = await scopes.BeginAsync(invoice.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var tracked = await tenantDb.Invoices.FirstAsync(i => i.Id == invoice.Id, ct);
        if (tracked.BuyerReference is not null) return tracked.BuyerReference; // fixed by a concurrent request
        tracked.BuyerReference = reference;
        tracked.Version++;
        try
        {
            await tenantDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (await AcrossTenants.Invoices(db).AsNoTracking().FirstAsync(i => i.Id == invoice.Id, ct)).BuyerReference;
        }
        invoice.BuyerReference = reference;
        return reference;
    }
}
