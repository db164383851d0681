using ServiceDesk.Queue;

namespace ServiceDesk.Tests.Queue;

/// <summary>Which queue filters need clocks computed in memory: the queue's form sends an empty <c>vervalt=</c> when no due
/// filter is chosen, and that must still let the database sort and page.</summary>
public sealed class IncidentFilterTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("", null, false)]
    [InlineData("vandaag", null, true)]
    [InlineData("binnenkort", null, true)]
    [InlineData("", true, true)]
    [InlineData(null, false, true)]
    public void Only_a_due_or_breached_filter_needs_clocks(string? due, bool? breached, bool needs) =>
        Assert.Equal(needs, IncidentQueries.NeedsClocks(new IncidentFilter(Due: due, Breached: breached)));
}
