using System.Text.Json.Serialization;
using Tenants.Domain.Checks;

namespace Tenants.Domain.Features.Settings;

/// <summary>The kinds of downloaded items the contract lists for the Wallet: certificates, permits, documents, cards.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WalletDocumentKind>))]
internal enum WalletDocumentKind
{
    [JsonStringEnumMemberName("certificates")] Certificates,
    [JsonStringEnumMemberName("permits")] Permits,
    [JsonStringEnumMemberName("documents")] Documents,
    [JsonStringEnumMemberName("cards")] Cards,
}

/// <summary>Wallet: which kinds the app may keep offline on the phone. All public.</summary>
internal sealed record WalletSettings(IReadOnlyList<WalletDocumentKind> OfflineKinds) : IFeatureSettings
{
    public static string Name(WalletDocumentKind kind) => kind switch
    {
        WalletDocumentKind.Certificates => "attesten",
        WalletDocumentKind.Permits => "vergunningen",
        WalletDocumentKind.Documents => "documenten",
        WalletDocumentKind.Cards => "kaarten",
        _ => kind.ToString(),
    };

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        var kinds = OfflineKinds ?? [];
        if (kinds.Count == 0) errors.Add("offlineKinds", "Kies minstens één soort document dat offline bewaard mag worden.");

        var seen = new HashSet<WalletDocumentKind>();
        for (var i = 0; i < kinds.Count; i++)
        {
            if (!errors.Check($"offlineKinds[{i}]", Check.Enum(kinds[i], "De soort document"))) continue;
            if (!seen.Add(kinds[i])) errors.Add($"offlineKinds[{i}]", $"De soort \"{Name(kinds[i])}\" staat er twee keer in.");
        }
        return errors.All;
    }

    public object PublicView() => new WalletPublic([.. (OfflineKinds ?? []).Distinct()]);
}

internal sealed record WalletPublic(IReadOnlyList<WalletDocumentKind> OfflineKinds);
