namespace Billing.Dunning;

/// <summary>Configuration section <c>Billing:Dunning</c>.</summary>
internal sealed class DunningOptions
{
    public const string Section = "Billing:Dunning";

    /// <summary>Days before the due date for a friendly notice; 0 = no friendly notice.</summary>
    public int FriendlyNoticeDaysBeforeDue { get; set; }
}
