using ServiceDesk.Domain;
using static ServiceDesk.Domain.IncidentStatus;

namespace ServiceDesk.Tests.Domain;

public class IncidentWorkflowTests
{
    [Theory]
    [InlineData("New", "New", false)] [InlineData("New", "Acknowledged", true)] [InlineData("New", "InProgress", true)]
    [InlineData("New", "WaitingForReporter", false)] [InlineData("New", "Resolved", true)] [InlineData("New", "Closed", false)]
    [InlineData("Acknowledged", "New", false)] [InlineData("Acknowledged", "Acknowledged", false)] [InlineData("Acknowledged", "InProgress", true)]
    [InlineData("Acknowledged", "WaitingForReporter", true)] [InlineData("Acknowledged", "Resolved", true)] [InlineData("Acknowledged", "Closed", false)]
    [InlineData("InProgress", "New", false)] [InlineData("InProgress", "Acknowledged", false)] [InlineData("InProgress", "InProgress", false)]
    [InlineData("InProgress", "WaitingForReporter", true)] [InlineData("InProgress", "Resolved", true)] [InlineData("InProgress", "Closed", false)]
    [InlineData("WaitingForReporter", "New", false)] [InlineData("WaitingForReporter", "Acknowledged", false)] [InlineData("WaitingForReporter", "InProgress", true)]
    [InlineData("WaitingForReporter", "WaitingForReporter", false)] [InlineData("WaitingForReporter", "Resolved", true)] [InlineData("WaitingForReporter", "Closed", false)]
    [InlineData("Resolved", "New", false)] [InlineData("Resolved", "Acknowledged", false)] [InlineData("Resolved", "InProgress", true)]
    [InlineData("Resolved", "WaitingForReporter", false)] [InlineData("Resolved", "Resolved", false)] [InlineData("Resolved", "Closed", true)]
    [InlineData("Closed", "New", false)] [InlineData("Closed", "Acknowledged", false)] [InlineData("Closed", "InProgress", false)]
    [InlineData("Closed", "WaitingForReporter", false)] [InlineData("Closed", "Resolved", false)] [InlineData("Closed", "Closed", false)]
    public void Every_pair_of_statuses(string fromName, string toName, bool allowed)
    {
        var from = Enum.Parse<IncidentStatus>(fromName);
        var to = Enum.Parse<IncidentStatus>(toName);
        Assert.Equal(allowed, IncidentWorkflow.CanMove(from, to));
        Assert.Equal(allowed, IncidentWorkflow.NextFrom(from).Contains(to));
    }

    [Fact]
    public void Unknown_status_moves_nowhere()
    {
        Assert.False(IncidentWorkflow.CanMove((IncidentStatus)42, InProgress));
        Assert.False(IncidentWorkflow.CanMove(New, (IncidentStatus)42));
        Assert.Empty(IncidentWorkflow.NextFrom((IncidentStatus)42));
    }

    [Fact]
    public void Only_resolved_to_in_progress_is_a_reopen()
    {
        foreach (var from in Enum.GetValues<IncidentStatus>())
        {
            foreach (var to in Enum.GetValues<IncidentStatus>())
            {
                Assert.Equal(from == Resolved && to == InProgress, IncidentWorkflow.IsReopen(from, to));
            }
        }
    }

    [Theory]
    [InlineData("New", "Nieuw", false)]
    [InlineData("Acknowledged", "Ontvangen", false)]
    [InlineData("InProgress", "In behandeling", false)]
    [InlineData("WaitingForReporter", "Wacht op melder", false)]
    [InlineData("Resolved", "Opgelost", true)]
    [InlineData("Closed", "Gesloten", true)]
    public void Dutch_names_and_done(string name, string dutch, bool done)
    {
        var status = Enum.Parse<IncidentStatus>(name);
        Assert.Equal(dutch, status.ToDutch());
        Assert.Equal(done, status.IsDone());
    }
}
