namespace Tenants.Domain.Checks;

/// <summary>Field checks shared by the settings records. Each returns a Dutch message naming the field
/// (their <c>label</c> argument, e.g. "De boekingslink") or null when the value is fine.</summary>
internal static class Check
{
    public const int MaxUrlLength = 2000;

    public static string? Required(string? value, string label, int maxLength)
    {
        var text = value?.Trim() ?? "";
        // "De straat en het huisnummer zijn verplicht": two things named together take the plural verb.
        var plural = label.Contains(" en ", StringComparison.Ordinal);
        if (text.Length == 0) return $"{label} {(plural ? "zijn" : "is")} verplicht.";
        if (text.Length > maxLength) return $"{label} {(plural ? "tellen samen" : "telt")} hoogstens {maxLength} tekens.";
        return text.Any(char.IsControl) ? $"{label} {(plural ? "bevatten" : "bevat")} ongeldige tekens." : null;
    }

    public static string? Optional(string? value, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, label, maxLength);

    /// <summary>An absolute https URL on a domain name. The platform fetches some of these itself, so no
    /// credentials in the URL, no IP literals and no localhost (no pointing it at internal hosts).</summary>
    public static string? HttpsUrl(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return $"{label} is verplicht.";
        var text = value.Trim();
        var example = $"{label} moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak.";
        if (text.Length > MaxUrlLength) return $"{label} telt hoogstens {MaxUrlLength} tekens.";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return example;
        if (uri.UserInfo.Length > 0) return $"{label} mag geen gebruikersnaam of wachtwoord bevatten.";
        // The platform-wide rule for URLs it may call (the same as status-page webhooks).
        return Platform.Kernel.Net.PublicInternet.HostError(uri, label);
    }

    public static string? OptionalHttpsUrl(string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? null : HttpsUrl(value, label);

    /// <summary>A plain address (<c>dienst@gent.be</c>), no display name.</summary>
    public static string? Email(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return $"{label} is verplicht.";
        // The platform-wide address rule (kernel).
        return Platform.Kernel.Text.EmailAddresses.IsValid(value) ? null : $"{label} is geen geldig e-mailadres (bijvoorbeeld dienst@gemeente.be).";
    }

    public static string? OptionalEmail(string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? null : Email(value, label);

    /// <summary>Belgian postal codes run from 1000 (Brussel) to 9992 (Maldegem).</summary>
    public static string? PostalCode(string? value, string label = "De postcode")
    {
        var text = value?.Trim() ?? "";
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text) is >= 1000 and <= 9992
            ? null
            : $"{label} \"{text}\" is geen Belgische postcode (4 cijfers, 1000 tot 9992).";
    }

    public static string? Enum<T>(T value, string label) where T : struct, System.Enum =>
        System.Enum.IsDefined(value) ? null : $"{label} heeft een onbekende waarde ({value}).";
}
