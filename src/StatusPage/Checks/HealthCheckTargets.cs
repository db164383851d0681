using System.Net;
using Platform.Kernel.Net;

namespace StatusPage.Checks;

/// <summary>Validates a check's settings; Dutch messages keyed by the request's field names.</summary>
internal static class HealthCheckTargets
{
    public static readonly string[] Methods = ["GET", "HEAD"];

    public static bool TryHostPort(string target, out string host, out int port)
    {
        (host, port) = ("", 0);
        var i = target.LastIndexOf(':');
        if (i <= 0 || !int.TryParse(target[(i + 1)..], out port) || port is < 1 or > 65535) return false;
        host = target[..i].Trim('[', ']');
        return host.Length > 0;
    }

    public static Dictionary<string, string[]> Validate(HealthCheckInput input, HealthCheckOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];
        if (string.IsNullOrWhiteSpace(input.Name)) Add("name", "Geef de controle een naam.");
        else if (input.Name.Trim().Length > 120) Add("name", "De naam is te lang (maximaal 120 tekens).");
        var target = input.Target?.Trim() ?? "";
        if (target.Length == 0) Add("target", "Vul het doel van de controle in.");
        else if (target.Length > 2000) Add("target", "Het doel is te lang (maximaal 2000 tekens).");
        else if (TargetError(input.Kind, target, options) is { } error) Add("target", error);
        if (input.Kind == CheckKind.Http)
        {
            if (!Methods.Contains(input.Method)) Add("method", "Kies GET of HEAD als methode.");
            if (input.ExpectedStatus is < 100 or > 599) Add("expectedStatus", "De verwachte statuscode ligt tussen 100 en 599.");
            if (input.BodyContains?.Length > 200) Add("bodyContains", "De verwachte tekst is te lang (maximaal 200 tekens).");
        }
        if (input.Kind == CheckKind.Dns && !string.IsNullOrWhiteSpace(input.ExpectedAddress) && !IPAddress.TryParse(input.ExpectedAddress.Trim(), out _))
            Add("expectedAddress", "Het verwachte adres is geen IP-adres.");
        if (input.TimeoutMs is < 100 or > 60_000) Add("timeoutMs", "De time-out ligt tussen 100 en 60 000 ms.");
        if (input.DegradedAboveMs is { } d && (d < 1 || d >= input.TimeoutMs)) Add("degradedAboveMs", "De drempel voor traagheid ligt tussen 1 ms en de time-out.");
        if (input.IntervalSeconds is < 10 or > 86_400) Add("intervalSeconds", "Het interval ligt tussen 10 en 86 400 seconden.");
        if (input.FailureThreshold is < 1 or > 20) Add("failureThreshold", "Het aantal mislukkingen op rij ligt tussen 1 en 20.");
        if (input.RecoveryThreshold is < 1 or > 20) Add("recoveryThreshold", "Het aantal geslaagde controles op rij ligt tussen 1 en 20.");
        return errors;
    }

    private static string? TargetError(CheckKind kind, string target, HealthCheckOptions options)
    {
        switch (kind)
        {
            case CheckKind.Http:
                if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
                    return "Het doel moet een volledige http- of https-URL zijn, zonder gebruikersnaam of wachtwoord.";
                return options.IsInternal(uri.IdnHost) ? null : PublicInternet.HostError(uri, "Het doel");
            case CheckKind.Tcp:
                if (!TryHostPort(target, out var host, out var port)) return "Geef het doel als host:poort, bijvoorbeeld api.voorbeeld.be:443.";
                return options.IsInternal(host) ? null : PublicInternet.HostError(new UriBuilder("tcp", host, port).Uri, "Het doel");
            default:
                if (Uri.CheckHostName(target) != UriHostNameType.Dns) return "Geef een domeinnaam, bijvoorbeeld api.voorbeeld.be.";
                return options.IsInternal(target) ? null : PublicInternet.HostError(new UriBuilder("dns", target).Uri, "Het doel");
        }
    }
}
