namespace Billing.Domain;

internal static class GoLive
{
    /// <summary>The app is live once it is public in both stores: the later of the two dates, or null while either is missing.</summary>
    public static DateOnly? From(DateOnly? appStore, DateOnly? playStore) =>
        appStore is { } apple && playStore is { } google ? (apple > google ? apple : google) : null;
}
