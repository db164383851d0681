namespace StatusPage.Subscriptions;

/// <param name="MonthlyReport">Also mail the monthly availability report (PDF and CSV) on the first working day of each month.</param>
internal sealed record SubscriptionRequest(string? Email, string? Product, Guid? ComponentId, bool MonthlyReport = false);
