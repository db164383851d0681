using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Seeding;
using Platform.Persistence;

namespace Platform.Identity;

/// <summary>One demo user per role from <c>seed/users.json</c>, when the platform has no users but a bootstrap admin.</summary>
internal sealed class DemoUsers(UserAccounts accounts, PlatformDbContext db) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(seedFolder, "users.json");
        if (!File.Exists(file) || await db.Users.AnyAsync(u => u.Email != null && u.Email.EndsWith("@demo.burgerprofiel.be"), cancellationToken))
            return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/users.json is empty.");
        foreach (var u in seed.Users)
        {
            var (_, errors) = await accounts.CreateAsync(u.Email, u.DisplayName, u.Role, u.Tenant, seed.Password, cancellationToken);
            if (errors.Count > 0)
                throw new InvalidDataException($"seed/users.json: {u.Email}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
        }
    }

    private sealed record SeedFile(string Password, List<SeedUser> Users);

    private sealed record SeedUser(string Email, string DisplayName, string Role, string? Tenant);
}
