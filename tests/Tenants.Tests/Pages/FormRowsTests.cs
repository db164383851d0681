using Tenants.Pages;

namespace Tenants.Tests.Pages;

public sealed class FormRowsTests
{
    private static readonly string[] Paths = ["name", "mailbox"];

    private static Dictionary<string, string[]> Rows(params string[] names)
    {
        var values = new Dictionary<string, string[]> { ["mailbox"] = ["meldingen@gent.be"] };
        for (var i = 0; i < names.Length; i++)
        {
            values[$"categories[{i}].name"] = [names[i]];
            values[$"categories[{i}].mailbox"] = [names[i].ToLowerInvariant() + "@gent.be"];
        }
        return values;
    }

    private static string[] Names(Dictionary<string, string[]> values) =>
        [.. Enumerable.Range(0, SettingsForm.RowCount(values, "categories")).Select(i => SettingsForm.Value(values, $"categories[{i}].name"))];

    [Theory]
    [InlineData("add:report-issue:categories", "Add", "report-issue", "categories", 0)]
    [InlineData("remove:contact-options:services:2", "Remove", "contact-options", "services", 2)]
    [InlineData("up:contact-options:services:1", "Up", "contact-options", "services", 1)]
    [InlineData("down:report-issue:categories:0", "Down", "report-issue", "categories", 0)]
    public void Reads_the_button_value(string value, string opName, string feature, string list, int row)
    {
        var op = Enum.Parse<FormRows.Op>(opName);
        Assert.Equal(new FormRows.Command(op, feature, list, row), FormRows.Parse(value));
        Assert.Equal(value, FormRows.Value(op, feature, list, op == FormRows.Op.Add ? null : row));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("add:report-issue:categories:1")]
    [InlineData("remove:report-issue:categories")]
    [InlineData("remove:report-issue:categories:-1")]
    [InlineData("drop:report-issue:categories:1")]
    [InlineData("up:report-issue:categories:x")]
    public void Ignores_anything_else(string? value) => Assert.Null(FormRows.Parse(value));

    [Theory]
    [InlineData("Add", 0, new[] { "A", "B", "C", "" }, 3)]
    [InlineData("Remove", 1, new[] { "A", "C" }, -1)]
    [InlineData("Remove", 0, new[] { "B", "C" }, -1)]
    [InlineData("Up", 2, new[] { "A", "C", "B" }, 1)]
    [InlineData("Up", 0, new[] { "A", "B", "C" }, 0)]
    [InlineData("Down", 0, new[] { "B", "A", "C" }, 1)]
    [InlineData("Down", 2, new[] { "A", "B", "C" }, 2)]
    [InlineData("Remove", 7, new[] { "A", "B", "C" }, -1)]
    public void Changes_the_rows_and_keeps_every_value_with_its_row(string opName, int row, string[] expected, int focus)
    {
        var (values, shown) = FormRows.Apply(Rows("A", "B", "C"), "categories", Paths, Enum.Parse<FormRows.Op>(opName), row, 20);
        Assert.Equal(expected, Names(values));
        Assert.Equal(focus, shown);
        Assert.Equal(["meldingen@gent.be"], values["mailbox"]);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i].Length == 0 ? "" : expected[i].ToLowerInvariant() + "@gent.be", SettingsForm.Value(values, $"categories[{i}].mailbox"));
    }

    [Fact]
    public void Adds_no_row_past_the_maximum() =>
        Assert.Equal(["A", "B"], Names(FormRows.Apply(Rows("A", "B"), "categories", Paths, FormRows.Op.Add, 0, 2).Values));
}
