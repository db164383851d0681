namespace Billing.Domain;

internal enum InvoiceKind
{
    Invoice = 0,
    CreditNote = 1,
}
