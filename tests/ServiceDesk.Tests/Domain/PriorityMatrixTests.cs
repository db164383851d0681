using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

public class PriorityMatrixTests
{
    [Theory]
    [InlineData(1, 1, "P1")] [InlineData(1, 2, "P1")] [InlineData(1, 3, "P2")] [InlineData(1, 4, "P3")]
    [InlineData(2, 1, "P1")] [InlineData(2, 2, "P2")] [InlineData(2, 3, "P2")] [InlineData(2, 4, "P3")]
    [InlineData(3, 1, "P2")] [InlineData(3, 2, "P2")] [InlineData(3, 3, "P3")] [InlineData(3, 4, "P4")]
    [InlineData(4, 1, "P3")] [InlineData(4, 2, "P3")] [InlineData(4, 3, "P4")] [InlineData(4, 4, "P4")]
    public void Every_cell_of_the_contract_matrix(int urgency, int impact, string expectedName)
    {
        var expected = Enum.Parse<Priority>(expectedName);
        Assert.Equal(expected, PriorityMatrix.For(urgency, impact));
        Assert.True(PriorityMatrix.TryFor(urgency, impact, out var priority));
        Assert.Equal(expected, priority);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 5)]
    [InlineData(-1, -1)]
    [InlineData(int.MaxValue, 2)]
    [InlineData(2, int.MinValue)]
    public void Out_of_range_is_refused(int urgency, int impact)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriorityMatrix.For(urgency, impact));
        Assert.False(PriorityMatrix.TryFor(urgency, impact, out _));
    }

    [Fact]
    public void Has_a_dutch_label_per_row_and_column()
    {
        Assert.Equal(4, PriorityMatrix.UrgencyLabels.Count);
        Assert.Equal(4, PriorityMatrix.ImpactLabels.Count);
        Assert.Equal("Iedereen", PriorityMatrix.ImpactLabels[0]);
        Assert.StartsWith("De dienst is volledig onbeschikbaar", PriorityMatrix.UrgencyLabels[0]);
    }
}
