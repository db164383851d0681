namespace Tenants.Pages;

/// <summary>Adding, removing and moving rows of a repeatable list without JavaScript: each button posts the whole form
/// with <c>op</c> = <c>add:{feature}:{list}</c>, <c>remove:{feature}:{list}:{row}</c>, <c>up:…:{row}</c> or
/// <c>down:…:{row}</c>; the page shows the changed rows again, nothing is saved until "Bewaren".</summary>
internal static class FormRows
{
    public enum Op { Add, Remove, Up, Down }

    public sealed record Command(Op Op, string Feature, string List, int Row);

    public static Command? Parse(string? value)
    {
        var parts = (value ?? "").Split(':');
        if (parts.Length is < 3 or > 4) return null;
        Op? op = parts[0] switch { "add" => Op.Add, "remove" => Op.Remove, "up" => Op.Up, "down" => Op.Down, _ => null };
        var row = 0;
        if (op is null || (parts.Length == 4) == (op == Op.Add) || (parts.Length == 4 && !int.TryParse(parts[3], out row)) || row < 0) return null;
        return new Command(op.Value, parts[1], parts[2], row);
    }

    public static string Value(Op op, string feature, string list, int? row = null) =>
        $"{op.ToString().ToLowerInvariant()}:{feature}:{list}" + (row is null ? "" : $":{row}");

    /// <summary>The values with the rows of <paramref name="list"/> changed, and the row to show (-1: the list itself).</summary>
    public static (Dictionary<string, string[]> Values, int Focus) Apply(IReadOnlyDictionary<string, string[]> values, string list,
        IReadOnlyList<string> rowPaths, Op op, int row, int maxRows)
    {
        var count = SettingsForm.RowCount(values, list);
        // A row carries every value under its prefix, so rows nested in it (a service's exceptions) move with it.
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var prefix = $"{list}[{i}].";
            var row = rowPaths.ToDictionary(p => p, _ => new[] { "" });
            foreach (var (key, v) in values.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))) row[key[prefix.Length..]] = v;
            return row;
        }).ToList();
        var focus = row < rows.Count && op != Op.Remove ? row : -1;
        switch (op)
        {
            case Op.Add when rows.Count < maxRows:
                rows.Add(rowPaths.ToDictionary(p => p, _ => new[] { "" }));
                focus = rows.Count - 1;
                break;
            case Op.Add: focus = rows.Count - 1; break;
            case Op.Remove when row < rows.Count:
                rows.RemoveAt(row);
                focus = -1;
                break;
            case Op.Up when row > 0 && row < rows.Count:
                (rows[row - 1], rows[row]) = (rows[row], rows[row - 1]);
                focus = row - 1;
                break;
            case Op.Down when row + 1 < rows.Count:
                (rows[row + 1], rows[row]) = (rows[row], rows[row + 1]);
                focus = row + 1;
                break;
        }
        var result = values.Where(kv => SettingsForm.RowCount(new Dictionary<string, string[]> { [kv.Key] = [] }, list) == 0)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        for (var i = 0; i < rows.Count; i++)
            foreach (var (path, v) in rows[i])
                result[$"{list}[{i}].{path}"] = v;
        return (result, focus);
    }
}
