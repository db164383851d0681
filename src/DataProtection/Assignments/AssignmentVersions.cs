namespace DataProtection.Assignments;

/// <summary>The versioning rules of a processing assignment: versions are numbered 1, 2, 3 … per tenant; one version at a
/// time waits for review; approving a version supersedes the approved one before it (both are kept); a returned version
/// stays as it was and the tenant submits a new one.</summary>
internal static class AssignmentVersions
{
    public static int Next(IEnumerable<int> existing) => existing.DefaultIfEmpty(0).Max() + 1;

    /// <summary>Null when a new version may be submitted, else the Dutch reason why not.</summary>
    public static string? RefuseSubmission(IEnumerable<AssignmentStatus> existing) =>
        existing.Contains(AssignmentStatus.Submitted)
            ? "Er wacht al een versie op goedkeuring. Wacht op de beoordeling door Digitaal Vlaanderen." : null;

    /// <summary>Approves <paramref name="version"/>: the previously approved version becomes superseded. Null when done,
    /// else the Dutch reason why not.</summary>
    public static string? Approve(ProcessingAssignment version, IEnumerable<ProcessingAssignment> others, DateTimeOffset at, Guid? by)
    {
        if (version.Status != AssignmentStatus.Submitted) return "Enkel een ingediende versie kan goedgekeurd worden.";
        foreach (var o in others.Where(o => o.Id != version.Id && o.Status == AssignmentStatus.Approved))
            o.Status = AssignmentStatus.Superseded;
        (version.Status, version.ReviewedAt, version.ReviewedBy) = (AssignmentStatus.Approved, at, by);
        return null;
    }

    public static string? Return(ProcessingAssignment version, string reason, DateTimeOffset at, Guid? by)
    {
        if (version.Status != AssignmentStatus.Submitted) return "Enkel een ingediende versie kan teruggestuurd worden.";
        (version.Status, version.ReviewedAt, version.ReviewedBy, version.ReturnReason) = (AssignmentStatus.Returned, at, by, reason);
        return null;
    }

    /// <summary>The version in force: the approved one (there is at most one).</summary>
    public static ProcessingAssignment? InForce(IEnumerable<ProcessingAssignment> versions) =>
        versions.Where(v => v.Status == AssignmentStatus.Approved).MaxBy(v => v.Version);
}
