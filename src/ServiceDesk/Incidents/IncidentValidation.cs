using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>Checks a new incident; messages in Dutch, keyed by the camelCase field name.</summary>
internal static partial class IncidentValidation
{
    public static readonly TimeSpan MaxReceivedAgo = TimeSpan.FromDays(30);

    public sealed record Valid(string Title, string Description, int Urgency, int Impact, string? AffectedFeature,
        DateTimeOffset ReportedAt, IncidentChannel Channel, string? ReporterName, string? ReporterEmail);

    public static (Valid? Incident, Dictionary<string, string[]> Errors) Check(CreateIncidentRequest r, bool staff, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "title", r.Title, "De titel", 200, required: true);
        Text(errors, "description", r.Description, "De beschrijving", 10_000, required: true);
        Text(errors, "affectedFeature", r.AffectedFeature, "De getroffen functie", 100, required: false);
        if (r.Urgency is not (>= PriorityMatrix.Min and <= PriorityMatrix.Max))
            errors["urgency"] = ["Kies een urgentie van 1 (zeer dringend) tot 4."];
        if (r.Impact is not (>= PriorityMatrix.Min and <= PriorityMatrix.Max))
            errors["impact"] = ["Kies een impact van 1 (iedereen) tot 4 (heel beperkt aantal mensen)."];

        var reportedAt = now;
        var channel = IncidentChannel.Portal;
        if (!staff)
        {
            if (!string.IsNullOrWhiteSpace(r.ReceivedAt))
                errors["receivedAt"] = ["Alleen servicedeskmedewerkers geven het tijdstip van ontvangst op; je incident is nu ontvangen."];
        }
        else
        {
            if (string.IsNullOrWhiteSpace(r.Tenant))
                errors["tenant"] = ["Geef het lokaal bestuur op waarvoor je het incident registreert."];
            if (!string.IsNullOrWhiteSpace(r.ReceivedAt))
            {
                if (ParseWithOffset(r.ReceivedAt) is not { } received)
                    errors["receivedAt"] = ["Geef het tijdstip van ontvangst op als ISO 8601 met tijdzone, bv. 2026-11-23T09:30:00+01:00."];
                else if (received > now)
                    errors["receivedAt"] = ["Het tijdstip van ontvangst ligt in de toekomst."];
                else if (now - received > MaxReceivedAgo)
                    errors["receivedAt"] = ["Het tijdstip van ontvangst ligt meer dan 30 dagen terug."];
                else
                    reportedAt = received.ToUniversalTime(); // stored in UTC (PostgreSQL timestamptz takes no other offset)
            }
            channel = r.Channel?.Trim().ToLowerInvariant() switch
            {
                null or "" or "email" or "e-mail" => IncidentChannel.Email,
                "phone" or "telefoon" => IncidentChannel.Phone,
                _ => (IncidentChannel)(-1),
            };
            if (!Enum.IsDefined(channel))
                errors["channel"] = ["Kies het kanaal: email of phone."];
            Text(errors, "reporterName", r.ReporterName, "De naam van de melder", 200, required: false);
            if (!string.IsNullOrWhiteSpace(r.ReporterEmail) && !Platform.Kernel.Text.EmailAddresses.IsValid(r.ReporterEmail))
                errors["reporterEmail"] = ["Geef een geldig e-mailadres op."];
        }
        if (errors.Count > 0) return (null, errors);
        return (new Valid(r.Title!.Trim(), r.Description!.Trim(), r.Urgency!.Value, r.Impact!.Value,
            string.IsNullOrWhiteSpace(r.AffectedFeature) ? null : r.AffectedFeature.Trim(), reportedAt, channel,
            string.IsNullOrWhiteSpace(r.ReporterName) ? null : r.ReporterName.Trim(),
            string.IsNullOrWhiteSpace(r.ReporterEmail) ? null : r.ReporterEmail.Trim()), errors);
    }

    /// <summary>ISO 8601 with an explicit offset (Z or ±hh:mm); a time without offset is ambiguous and refused.</summary>
    public static DateTimeOffset? ParseWithOffset(string value)
    {
        var s = value.Trim();
        if (!OffsetSuffix().IsMatch(s)) return null;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, string label, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors[field] = [$"{label} is verplicht."];
        }
        else if (value.Trim().Length > max)
            errors[field] = [$"{label} mag hoogstens {max} tekens lang zijn."];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetSuffix();
}
