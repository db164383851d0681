namespace StatusPage.Domain;

/// <summary>
/// Everything the availability figures of one component are computed from. <see cref="TrackedSince"/> is when
/// the component was put on the status page (null: always); before it there is no data.
/// </summary>
internal sealed record ComponentHistory(
    IReadOnlyList<OutagePeriod> Outages,
    IReadOnlyList<MaintenanceWindow> Maintenance,
    DateTimeOffset? TrackedSince = null);
