using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>One camt.053 statement (<c>Stmt</c>) as far as reconciliation needs it.</summary>
internal sealed record BankStatement(string Id, string? AccountIban, IReadOnlyList<BankEntry> Entries);

/// <summary>
/// A booking (<c>Ntry</c>). <see cref="BankReference"/> (AcctSvcrRef, else NtryRef) is what makes an import idempotent.
/// A batched entry has several <see cref="Transactions"/>; an entry without details has one, with the entry's amount.
/// </summary>
internal sealed record BankEntry(
    string BankReference,
    decimal Amount,
    string Currency,
    bool IsCredit,
    bool IsBooked,
    bool IsReversal,
    DateOnly? BookingDate,
    DateOnly? ValueDate,
    IReadOnlyList<BankTransaction> Transactions);

/// <summary>A transaction detail (<c>TxDtls</c>) with its remittance information.</summary>
internal sealed record BankTransaction(
    string Reference,
    decimal Amount,
    string Currency,
    string? StructuredReference,
    string? FreeText,
    string? DebtorName,
    string? DebtorIban);

/// <summary>The whole file is refused; <see cref="Exception.Message"/> is Dutch and says where.</summary>
internal sealed class CamtFormatException(string message, Exception? inner = null) : Exception(message, inner);
