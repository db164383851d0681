namespace Platform.Kernel.Tenancy;

/// <summary>The reference or order number a local government wants on our invoices; Peppol (BT-10) needs one to deliver.</summary>
public static class TenantInvoiceReference
{
    public const int MaxLength = 100;

    /// <returns>The trimmed reference, null to clear it, or a Dutch error.</returns>
    public static (string? Value, string? Error) Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value)) return (null, null);
        if (value.Length > MaxLength) return (null, $"De referentie is te lang (maximaal {MaxLength} tekens).");
        if (value.Any(char.IsControl)) return (null, "De referentie mag geen regeleinden of tabs bevatten.");
        return (value, null);
    }
}
