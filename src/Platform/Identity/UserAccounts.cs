using Microsoft.AspNetCore.Identity;
using Platform.Kernel.Tenancy;
using Platform.Kernel.UseCases;

namespace Platform.Identity;

/// <summary>Creates users with exactly one role, enforcing that tenant-bound roles have a tenant and staff roles none.</summary>
internal sealed class UserAccounts(UserManager<PlatformUser> users, ITenantStore tenants, TimeProvider clock, Persistence.PlatformDbContext db)
{
    /// <summary>Creates the user; refusals are Dutch field errors (role, tenant, email, password).</summary>
    public async Task<Outcome<PlatformUser>> CreateAsync(
        string email, string displayName, string role, string? tenantSlug, string? password, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Roles.All.Contains(role))
            errors["role"] = [$"Onbekende rol. Kies uit: {string.Join(", ", Roles.All)}."];
        TenantInfo? tenant = null;
        if (Roles.IsTenantBound(role))
        {
            if (string.IsNullOrWhiteSpace(tenantSlug))
                errors["tenant"] = ["Deze rol hoort bij een lokaal bestuur: geef het lokaal bestuur op."];
            else if ((tenant = await tenants.FindByIdentifierAsync(tenantSlug, ct)) is null)
                errors["tenant"] = ["Dit lokaal bestuur bestaat niet."];
        }
        else if (!string.IsNullOrWhiteSpace(tenantSlug) && Roles.All.Contains(role))
            errors["tenant"] = ["Deze rol hoort niet bij een lokaal bestuur."];
        if (!Platform.Kernel.Text.EmailAddresses.IsValid(email))
            errors["email"] = ["Geef een geldig e-mailadres op."];
        if (errors.Count > 0) return Outcome<PlatformUser>.Invalid(errors);
        if (role != Roles.Reporter || tenant is null) return await CreateCheckedAsync(email, displayName, role, tenant, password);

        // The contract's limit holds on every path, this one too (the service desk's seats count the same users), and
        // under concurrent requests: count and creation hold the tenant's reporter lock.
        await using var reporterLock = await ReporterCreationLock.EnterAsync(db, tenant.Id, ct);
        if ((await users.GetUsersInRoleAsync(Roles.Reporter)).Count(u => u.TenantId == tenant.Id) >= Roles.MaxReportersPerTenant)
            return Outcome<PlatformUser>.Invalid("tenant", $"Dit lokaal bestuur heeft al {Roles.MaxReportersPerTenant} melders. Verwijder eerst een melder voordat je een nieuwe aanduidt.");
        var created = await CreateCheckedAsync(email, displayName, role, tenant, password);
        if (created.Ok) await reporterLock.CommitAsync(ct);
        return created;
    }

    private async Task<Outcome<PlatformUser>> CreateCheckedAsync(string email, string displayName, string role, TenantInfo? tenant, string? password)
    {
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            TenantId = tenant?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
            return Outcome<PlatformUser>.Invalid(new Dictionary<string, string[]> { [FieldOf(result)] = result.Errors.Select(e => Dutch(e)).ToArray() });
        await users.AddToRoleAsync(user, role);
        return Outcome<PlatformUser>.Success(user);
    }

    private static string FieldOf(IdentityResult result) =>
        result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";

    internal static string Dutch(IdentityError e) => e.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "Er bestaat al een gebruiker met dit e-mailadres.",
        "InvalidEmail" or "InvalidUserName" => "Geef een geldig e-mailadres op.",
        "PasswordTooShort" => "Het wachtwoord moet minstens 12 tekens lang zijn.",
        "PasswordRequiresDigit" => "Het wachtwoord moet een cijfer bevatten.",
        "PasswordRequiresLower" => "Het wachtwoord moet een kleine letter bevatten.",
        "PasswordRequiresUpper" => "Het wachtwoord moet een hoofdletter bevatten.",
        "PasswordMismatch" => "Het huidige wachtwoord is niet juist.",
        _ => e.Description,
    };
}
