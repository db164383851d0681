namespace Platform.Kernel.Persistence;

/// <summary>Look-ups by a list of keys in batches: EF expands a list in a query into one SQL parameter per value, and a
/// list of tens of thousands exceeds SQLite's variable limit and writes a log line with as many parameters.</summary>
public static class Batched
{
    /// <summary>At most this many keys go into one query.</summary>
    public const int Size = 500;

    /// <summary>Runs <paramref name="query"/> once per batch of at most <see cref="Size"/> distinct keys and concatenates the results.</summary>
    public static async Task<List<T>> QueryAsync<TKey, T>(IEnumerable<TKey> keys, Func<List<TKey>, Task<List<T>>> query)
    {
        var results = new List<T>();
        foreach (var batch in keys.Distinct().Chunk(Size))
            results.AddRange(await query([.. batch]));
        return results;
    }

    /// <summary>True when <paramref name="query"/> is true for any batch of the keys.</summary>
    public static async Task<bool> AnyAsync<TKey>(IEnumerable<TKey> keys, Func<List<TKey>, Task<bool>> query)
    {
        foreach (var batch in keys.Distinct().Chunk(Size))
            if (await query([.. batch]))
                return true;
        return false;
    }
}
