namespace Platform.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the folder holding <c>Platform.sln</c>, above the test assembly. The tests that
/// read source files (guards) or run repository scripts start from here.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The source files under <c>src</c> matching <paramref name="pattern"/> (<c>*.cs</c>, <c>*.cshtml</c>), as
    /// repository-relative paths with '/' and their text; build output and generated migrations left out. What the guard
    /// tests read.</summary>
    public static List<(string Path, string Text)> SourceFiles(string pattern) =>
        [.. Directory.EnumerateFiles(System.IO.Path.Combine(Root, "src"), pattern, SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/"))
            .Select(f => (f, File.ReadAllText(System.IO.Path.Combine(Root, f))))];

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
