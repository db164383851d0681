using StatusPage.Incidents;

namespace StatusPage;

internal static class RequestParsing
{
    public static bool TryEnum<T>(string? value, out T result) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>Parses impacts; adds a Dutch error under "impacts" for an unknown level.</summary>
    public static List<Incidents.ImpactInput>? Impacts(List<ImpactRequest>? impacts, Dictionary<string, string[]> errors)
    {
        if (impacts is null) return null;
        var result = new List<Incidents.ImpactInput>();
        foreach (var i in impacts)
        {
            if (!TryEnum<ImpactLevel>(i.Level, out var level))
            {
                errors["impacts"] = ["Kies als impact: " + Choices<ImpactLevel>() + "."];
                return null;
            }
            result.Add(new(i.ComponentId, level));
        }
        return result;
    }
}
