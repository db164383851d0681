using System.Text.Json.Serialization;
using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

/// <summary>A category a citizen picks when reporting (e.g. "Sluikstort"). <see cref="Mailbox"/> routes that
/// category to its own service when reports go by e-mail; it is internal.</summary>
internal sealed record IssueCategory(string Name, string? Mailbox = null);

/// <summary>
/// Melding doen: reports go either straight to the local government's own reporting endpoint
/// (<see cref="EndpointUrl"/>, public: the app posts there) or through the platform to a mailbox
/// (<see cref="Mailbox"/>, internal), optionally a different one per category.
/// </summary>
internal sealed record ReportIssueSettings(string? EndpointUrl, string? Mailbox, IReadOnlyList<IssueCategory> Categories) : IFeatureSettings
{
    public const int MaxCategories = 20;
    public const int MaxCategoryNameLength = 60;

    [JsonIgnore]
    public bool ByEndpoint => !string.IsNullOrWhiteSpace(EndpointUrl);

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        var hasEndpoint = ByEndpoint;
        var hasMailbox = !string.IsNullOrWhiteSpace(Mailbox);
        if (hasEndpoint == hasMailbox)
            errors.Add("endpointUrl", "Geef ofwel een adres (https) van uw meldingensysteem, ofwel een mailbox op, niet allebei.");
        else if (hasEndpoint) errors.Check("endpointUrl", Check.HttpsUrl(EndpointUrl, "Het adres van het meldingensysteem"));
        else errors.Check("mailbox", Check.Email(Mailbox, "De mailbox voor meldingen"));

        var categories = Categories ?? [];
        if (categories.Count is 0 or > MaxCategories)
            errors.Add("categories", $"Geef 1 tot {MaxCategories} categorieën op.");

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < categories.Count; i++)
        {
            var field = $"categories[{i}]";
            if (categories[i] is not { } category)
            {
                errors.Add(field, "De categorie is leeg.");
                continue;
            }
            if (errors.Check($"{field}.name", Check.Required(category.Name, "De naam van de categorie", MaxCategoryNameLength))
                && !names.Add(category.Name.Trim()))
                errors.Add($"{field}.name", $"De categorie \"{category.Name.Trim()}\" staat er twee keer in.");

            if (string.IsNullOrWhiteSpace(category.Mailbox)) continue;
            if (hasEndpoint)
                errors.Add($"{field}.mailbox", "Een mailbox per categorie kan enkel wanneer meldingen per e-mail verstuurd worden.");
            else errors.Check($"{field}.mailbox", Check.Email(category.Mailbox, "De mailbox van de categorie"));
        }
        return errors.All;
    }

    /// <summary>The mailbox a report in <paramref name="category"/> goes to; null when reports go to the endpoint.</summary>
    public string? MailboxFor(string category) => ByEndpoint
        ? null
        : (Categories ?? []).FirstOrDefault(c => string.Equals(c.Name.Trim(), category.Trim(), StringComparison.OrdinalIgnoreCase))?.Mailbox?.Trim()
          is { Length: > 0 } specific ? specific : Mailbox?.Trim();

    public object PublicView() => new ReportIssuePublic(
        ByEndpoint ? "endpoint" : "platform",
        ByEndpoint ? EndpointUrl!.Trim() : null,
        [.. (Categories ?? []).Select(c => c.Name.Trim())]);
}

/// <summary><see cref="SubmitTo"/> is "endpoint" (post to <see cref="EndpointUrl"/>) or "platform".</summary>
internal sealed record ReportIssuePublic(string SubmitTo, string? EndpointUrl, IReadOnlyList<string> Categories);
