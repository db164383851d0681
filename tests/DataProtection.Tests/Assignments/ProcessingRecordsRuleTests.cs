using DataProtection.AccessLog;
using DataProtection.Assignments;
using DataProtection.SubjectRequests;

namespace DataProtection.Tests.Assignments;

/// <summary>Versioning of the processing assignment (charter 1.2): numbers, one version waiting at a time, approval
/// supersedes the approved version before it, both kept; returns need a submitted version.</summary>
public sealed class AssignmentVersionTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static ProcessingAssignment Version(int n, AssignmentStatus status) => new() { Id = Guid.NewGuid(), Version = n, Status = status };

    [Fact]
    public void Versions_are_numbered_from_one_without_gaps_reusing_nothing()
    {
        Assert.Equal(1, AssignmentVersions.Next([]));
        Assert.Equal(4, AssignmentVersions.Next([1, 3, 2]));
    }

    [Fact]
    public void Only_one_version_waits_for_review()
    {
        Assert.Null(AssignmentVersions.RefuseSubmission([]));
        Assert.Null(AssignmentVersions.RefuseSubmission([AssignmentStatus.Approved, AssignmentStatus.Returned, AssignmentStatus.Superseded]));
        Assert.NotNull(AssignmentVersions.RefuseSubmission([AssignmentStatus.Approved, AssignmentStatus.Submitted]));
    }

    [Fact]
    public void Approving_supersedes_the_approved_version_and_keeps_the_others_as_they_were()
    {
        var v1 = Version(1, AssignmentStatus.Superseded);
        var v2 = Version(2, AssignmentStatus.Approved);
        var v3 = Version(3, AssignmentStatus.Returned);
        var v4 = Version(4, AssignmentStatus.Submitted);
        List<ProcessingAssignment> all = [v1, v2, v3, v4];
        var by = Guid.NewGuid();
        Assert.Null(AssignmentVersions.Approve(v4, all, At, by));
        Assert.Equal(new[] { AssignmentStatus.Superseded, AssignmentStatus.Superseded, AssignmentStatus.Returned, AssignmentStatus.Approved }, all.Select(v => v.Status).ToArray());
        Assert.Equal((At, by), (v4.ReviewedAt!.Value, v4.ReviewedBy!.Value));
        Assert.Same(v4, AssignmentVersions.InForce(all));
        Assert.NotNull(AssignmentVersions.Approve(v4, all, At, by)); // not twice
        Assert.NotNull(AssignmentVersions.Return(v2, "te laat", At, by));
    }

    [Fact]
    public void Returning_keeps_the_approved_version_in_force()
    {
        var approved = Version(1, AssignmentStatus.Approved);
        var submitted = Version(2, AssignmentStatus.Submitted);
        Assert.Null(AssignmentVersions.Return(submitted, "Vul het doel aan.", At, null));
        Assert.Equal(AssignmentStatus.Returned, submitted.Status);
        Assert.Equal("Vul het doel aan.", submitted.ReturnReason);
        Assert.Same(approved, AssignmentVersions.InForce([approved, submitted]));
    }

    [Fact]
    public void Categories_must_be_the_charters_own_for_the_component()
    {
        var ok = new AssignmentRequest([new ComponentRequest("contactvoorkeuren", ["E-mailadres", "Toestemming burger"], "Burgers", "Meldingen per e-mail", "Toestemming bijhouden")], true, null, null);
        Assert.Empty(SubmitAssignment.Validate(ok));
        // Bankrekeningnummer belongs to Contactvoorkeuren, not to Notificaties.
        var wrong = new AssignmentRequest([new ComponentRequest("Notificaties", ["Bankrekeningnummer"], "Burgers", "x", "y")], true, null, null);
        Assert.Contains("bijlage 1", SubmitAssignment.Validate(wrong)["Notificaties.categories"][0]);
        var twice = new AssignmentRequest([new ComponentRequest("Dosis", ["Dossier-ID"], "B", "S", "P"), new ComponentRequest("DOSIS", ["Dossier-ID"], "B", "S", "P")], true, null, null);
        Assert.Contains("meer dan eens", SubmitAssignment.Validate(twice)["components"][0]);
        var number = new AssignmentRequest([new ComponentRequest("2", ["Dossier-ID"], "B", "S", "P")], true, null, null);
        Assert.True(SubmitAssignment.Validate(number).ContainsKey("components"));
    }

    [Fact]
    public void Bijlage_1_lists_every_component_with_the_charters_categories()
    {
        Assert.Equal(Enum.GetValues<AppComponent>().Length, Bijlage1.Components.Count);
        Assert.Contains("Notificatie-boodschap", Bijlage1.Of(AppComponent.Notificaties).Categories);
        Assert.Contains("Contactgegevens dossierbeheerder", Bijlage1.Of(AppComponent.Dosis).Categories);
        Assert.Equal(11, Bijlage1.Of(AppComponent.Dosis).Categories.Count);
        Assert.Equal(6, Bijlage1.Of(AppComponent.Attesten).Categories.Count);
    }
}

public sealed class SubjectRequestFlowTests
{
    [Theory]
    [InlineData(SubjectRequestStatus.Forwarded, SubjectRequestStatus.Answered, true)]
    [InlineData(SubjectRequestStatus.Forwarded, SubjectRequestStatus.Closed, true)]
    [InlineData(SubjectRequestStatus.Answered, SubjectRequestStatus.Closed, true)]
    [InlineData(SubjectRequestStatus.Answered, SubjectRequestStatus.Answered, false)]
    [InlineData(SubjectRequestStatus.Closed, SubjectRequestStatus.Answered, false)]
    [InlineData(SubjectRequestStatus.Closed, SubjectRequestStatus.Closed, false)]
    [InlineData(SubjectRequestStatus.Answered, SubjectRequestStatus.Forwarded, false)]
    public void Status_moves_forward_only(SubjectRequestStatus from, SubjectRequestStatus to, bool allowed) =>
        Assert.Equal(allowed, SubjectRequestFlow.Refuse(from, to) is null);
}

public sealed class AccessLogPeriodTests
{
    [Fact]
    public void A_period_ends_on_or_after_its_start_and_spans_at_most_a_year()
    {
        Assert.Empty(AccessLogQuery.Validate(new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 28)));
        Assert.Empty(AccessLogQuery.Validate(new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1))); // 365 days
        Assert.Empty(AccessLogQuery.Validate(new DateOnly(2028, 1, 1), new DateOnly(2029, 1, 1))); // 366 days, leap year
        Assert.True(AccessLogQuery.Validate(new DateOnly(2028, 1, 1), new DateOnly(2029, 1, 2)).ContainsKey("until"));
        Assert.True(AccessLogQuery.Validate(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 28)).ContainsKey("until"));
    }
}
