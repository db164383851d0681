namespace Billing.Domain;

internal static class InvoiceDueDate
{
    public const int PaymentTermDays = 30;

    public static DateOnly For(DateOnly invoiceDate) => invoiceDate.AddDays(PaymentTermDays);
}
