using System.Text.Json;
using Platform.Kernel.Seeding;

namespace Platform.Identity;

/// <summary>One demo user per role from <c>seed/users.json</c> (only into an empty platform, see PlatformStartup).</summary>
internal sealed class DemoUsers(UserAccounts accounts) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(seedFolder, "users.json");
        if (!File.Exists(file)) return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/users.json is empty.");
        foreach (var u in seed.Users)
        {
            var created = await accounts.CreateAsync(u.Email, u.DisplayName, u.Role, u.Tenant, seed.Password, cancellationToken);
            if (!created.Ok)
                throw new InvalidDataException($"seed/users.json: {u.Email}: {string.Join("; ", created.FieldErrors().SelectMany(e => e.Value))}");
        }
    }

    private sealed record SeedFile(string Password, List<SeedUser> Users);

    private sealed record SeedUser(string Email, string DisplayName, string Role, string? Tenant);
}
