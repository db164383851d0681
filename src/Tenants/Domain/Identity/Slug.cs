using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Platform.Kernel.Text;

namespace Tenants.Domain.Identity;

/// <summary>
/// A tenant's URL-safe identifier (<c>gent</c>, <c>sint-niklaas</c>), used in paths and as a host-name label:
/// 2–63 characters of the kernel's <see cref="AddressName"/> rule (a–z, 0–9, single hyphens inside), and not a word the
/// platform needs for itself.
/// </summary>
internal readonly record struct Slug
{
    public const int MinLength = 2;
    public const int MaxLength = 63;

    /// <summary>Path segments and host names the platform uses or may use; a tenant can never take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "admin", "app", "apps", "assets", "auth", "account", "billing", "cdn", "config", "dashboard",
        "docs", "health", "healthz", "help", "hangfire", "jobs", "login", "logout", "mail", "metrics", "new",
        "openapi", "platform", "portal", "scalar", "servicedesk", "settings", "signin", "signout", "static",
        "status", "support", "swagger", "tenants", "www",
        "beheer", "lokale-besturen", "mijn-app", "functies", "uitnodiging", "nieuw", "bench",
        "inwoners", "aanvragen",
        "overview",
    };

    private Slug(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value ?? "";

    public static Slug Parse(string? input) =>
        TryParse(input, out var slug, out var error) ? slug : throw new FormatException(error);

    public static bool TryParse(string? input, out Slug slug, [NotNullWhen(false)] out string? error)
    {
        slug = default;
        var text = AddressName.Normalize(input);
        error = Check(text);
        if (error is not null) return false;
        slug = new Slug(text);
        return true;
    }

    private static string? Check(string text) =>
        AddressName.Check(text, MinLength, MaxLength)
        ?? (Reserved.Contains(text) ? $"\"{text}\" is voorbehouden voor het platform; kies een andere adresnaam." : null);

    /// <summary>A suggestion from an official name: <c>Sint-Niklaas</c> → <c>sint-niklaas</c>,
    /// <c>OCMW Zelzate</c> → <c>ocmw-zelzate</c>. The result may still be refused (too short, reserved).</summary>
    public static string Suggest(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower)) builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }
}
