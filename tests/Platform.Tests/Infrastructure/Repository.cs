namespace Platform.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the folder holding <c>Platform.sln</c>, above the test assembly. The tests that
/// read source files (guards) or run repository scripts start from here.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
