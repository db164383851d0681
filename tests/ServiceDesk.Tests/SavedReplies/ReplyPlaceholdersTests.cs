using ServiceDesk.SavedReplies;

namespace ServiceDesk.Tests.SavedReplies;

public class ReplyPlaceholdersTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["nummer"] = "MBP-2026-00042", ["bestuur"] = "Gemeente Lier", ["deadline"] = "27/11/2026 15:00",
    };

    [Fact]
    public void Known_placeholders_are_filled_in_whatever_their_case_and_others_stay()
    {
        var text = ReplyPlaceholders.Fill("Beste {bestuur}, incident {nummer} lossen we op voor {Deadline}. {onbekend} {nummer}", Values);
        Assert.Equal("Beste Gemeente Lier, incident MBP-2026-00042 lossen we op voor 27/11/2026 15:00. {onbekend} MBP-2026-00042", text);
    }

    [Fact]
    public void Unknown_placeholders_are_named_once_in_order()
    {
        Assert.Equal(["naam", "datum"], ReplyPlaceholders.Unknown("{naam} {nummer} {datum} {naam} {melder} { spatie }"));
        Assert.Empty(ReplyPlaceholders.Unknown("Geen invulvelden, wel {accolades met spaties}."));
    }

    [Fact]
    public void Every_documented_placeholder_is_known()
    {
        foreach (var (name, _) in ReplyPlaceholders.All) Assert.Empty(ReplyPlaceholders.Unknown("{" + name + "}"));
    }
}
