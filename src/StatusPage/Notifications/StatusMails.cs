using Platform.Kernel.Mail;
using StatusPage.Subscriptions;

namespace StatusPage.Notifications;

/// <summary>The Dutch e-mails of the status page.</summary>
internal static class StatusMails
{
    public static OutgoingMail Notification(StatusEvent e, Subscriber s, StatusLinks links)
    {
        var unsubscribe = links.Unsubscribe(s.Token);
        var text = $"""
            {e.Title}

            {e.Body}

            Volg de status op {links.StatusPage}

            Je krijgt dit bericht omdat je geabonneerd bent op de statuspagina van Mijn Burgerprofiel.
            Uitschrijven met één klik: {unsubscribe}
            """;
        return new OutgoingMail(s.Email, e.Title, text, Headers: UnsubscribeHeaders(unsubscribe));
    }

    public static OutgoingMail Confirmation(Subscriber s, string scope, StatusLinks links)
    {
        var text = $"""
            Dag,

            Iemand (hopelijk jij) wil berichten ontvangen over storingen en gepland onderhoud van {scope}.
            Bevestig je abonnement via deze link:

            {links.Confirm(s.Token)}

            Heb je dit niet gevraagd? Dan hoef je niets te doen: zonder bevestiging krijg je geen berichten.

            Statuspagina: {links.StatusPage}
            """;
        return new OutgoingMail(s.Email, "Bevestig je abonnement op de statuspagina", text);
    }

    public static OutgoingMail MonthlyReport(Subscriber s, Reports.AvailabilityMonthReport r, byte[] pdf, byte[] csv, StatusLinks links)
    {
        var unsubscribe = links.Unsubscribe(s.Token);
        var lines = string.Join("\n", r.Products.Select(p =>
            $"- {p.Name}: {Reports.ReportText.Percentage(p.Month)} beschikbaar (doel 99,9 %: {Reports.ReportText.Verdict(p.Month, p.Budget)}); toegelaten onbeschikbaarheid {Reports.ReportText.Budget(p.Budget)}"));
        var text = $"""
            Dag,

            In de bijlage vind je het beschikbaarheidsrapport van {r.MonthName} (PDF en CSV).

            {lines}

            Onderhoud deze maand: {r.Maintenance.Count}; storingen: {r.Incidents.Count}. Vooraf aangekondigd onderhoud telt niet mee voor de 99,9 %.

            Statuspagina: {links.StatusPage}

            Je krijgt dit rapport omdat je het maandrapport gevraagd hebt bij je abonnement op de statuspagina.
            Uitschrijven met één klik: {unsubscribe}
            """;
        return new OutgoingMail(s.Email, "Beschikbaarheidsrapport " + r.MonthName, text, Headers: UnsubscribeHeaders(unsubscribe),
            Attachments: [new(Reports.ReportText.FileName(r, "pdf"), "application/pdf", pdf), new(Reports.ReportText.FileName(r, "csv"), Platform.Kernel.Export.Csv.ContentType, csv)]);
    }

    /// <summary>RFC 8058 one-click unsubscribe: mail clients POST to the link without opening a page.</summary>
    private static Dictionary<string, string> UnsubscribeHeaders(string url) => new()
    {
        ["List-Unsubscribe"] = $"<{url}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };
}
