using Platform.Kernel.Tenancy;

namespace Billing.Invoices;

/// <summary>Corrects an issued invoice, fully or partly; its number comes from the CN- series at issue.</summary>
internal sealed class CreditNote : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InvoiceId { get; set; }
    public int NumberYear { get; set; }
    public int Sequence { get; set; }
    public required string Number { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public Guid? IssuedBy { get; set; }
}

/// <summary>The PDF as it was issued, stored once so it never changes (also on another node).</summary>
internal sealed class StoredPdf : ITenantOwned
{
    /// <summary>The id of the invoice or credit note.</summary>
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
}
