using System.Text;
using Platform.Kernel.Formatting;
using StatusPage.Notifications;
using static StatusPage.Public.Html;

namespace StatusPage.Public;

/// <summary>Renders the public status page (Dutch, no JavaScript, readable without colour).</summary>
internal static class StatusPageRenderer
{
    public static string Page(StatusSnapshot s)
    {
        var sb = new StringBuilder(64 * 1024);
        var productQuery = s.Selected is null ? "" : "?product=" + Uri.EscapeDataString(s.Selected.Slug);
        var title = s.Selected is null ? "Status van het platform" : $"Status van {s.Selected.Name}";
        if (s.City is { } city) title = $"Status voor {city.Name}";
        Open(sb, title, "/status/feed.atom" + productQuery);
        sb.Append("<h1>").Append(E(title)).Append("</h1>");
        if (s.City is { } c)
            sb.Append("<p>Je ziet alleen de onderdelen achter de functies die de app van ").Append(E(c.Name))
              .Append(" gebruikt. <a href=\"/status\">Alle onderdelen tonen</a></p>");
        var overall = ComponentStatusDerivation.Overall(s.Statuses);
        sb.Append("<p class=\"status-overall s-").Append(overall).Append("\">")
          .Append(E(ComponentStatusDerivation.OverallInDutch(s.Statuses))).Append("</p>");
        sb.Append("<p class=\"figures\">Bijgewerkt op ").Append(E(StatusTexts.When(s.At))).Append(" (Belgische tijd). Doel: ")
          .Append("99,9 % beschikbaarheid; onderhoud dat vooraf werd aangekondigd telt niet mee, onderhoud dat niet vooraf werd aangekondigd telt als onbeschikbaar.</p>");
        ProductNav(sb, s);
        OpenIncidents(sb, s);
        Maintenance(sb, s);
        Components(sb, s);
        Past(sb, s, productQuery);
        Subscribe(sb, productQuery);
        Close(sb);
        return sb.ToString();
    }

    public static string History(StatusSnapshot s)
    {
        var sb = new StringBuilder(16 * 1024);
        var productQuery = s.Selected is null ? "" : "product=" + Uri.EscapeDataString(s.Selected.Slug);
        var title = s.Selected is null ? "Eerdere storingen" : $"Eerdere storingen van {s.Selected.Name}";
        Open(sb, title, null);
        sb.Append("<h1>").Append(E(title)).Append("</h1><p><a href=\"/status").Append(productQuery.Length > 0 ? "?" + productQuery : "").Append("\">Terug naar de status</a></p>");
        if (s.PastIncidents.Count == 0) sb.Append("<p>Er zijn geen eerdere storingen.</p>");
        foreach (var incident in s.PastIncidents) Incident(sb, incident, "h2");
        sb.Append("<nav aria-label=\"Paginering\"><p>Pagina ").Append(s.PastPage).Append(" van ").Append(s.PastPages).Append("</p><ul class=\"legend\">");
        var sep = productQuery.Length > 0 ? "&amp;" + productQuery : "";
        if (s.PastPage > 1) sb.Append("<li><a href=\"/status/historiek?pagina=").Append(s.PastPage - 1).Append(sep).Append("\">Vorige pagina</a></li>");
        if (s.PastPage < s.PastPages) sb.Append("<li><a href=\"/status/historiek?pagina=").Append(s.PastPage + 1).Append(sep).Append("\">Volgende pagina</a></li>");
        sb.Append("</ul></nav>");
        Close(sb);
        return sb.ToString();
    }

    /// <summary>The permalink page of one incident: its timeline and, once resolved, the post-incident report.</summary>
    public static string IncidentPage(IncidentView i)
    {
        var sb = new StringBuilder(8 * 1024);
        Open(sb, "Storing: " + i.Title, null);
        sb.Append("<p><a href=\"/status\">Terug naar de status</a></p>");
        Incident(sb, i, "h1", link: false);
        if (i.Report is { } r)
        {
            sb.Append("<section aria-labelledby=\"rapport\" class=\"card\"><h2 id=\"rapport\">Rapport na de storing</h2>")
              .Append("<p>Gepubliceerd op ").Append(E(StatusTexts.When(r.PublishedAt))).Append(".</p>")
              .Append("<h3>Oorzaak</h3>").Append(Paragraphs(r.Cause))
              .Append("<h3>Impact</h3>").Append(Paragraphs(r.Impact))
              .Append("<h3>Maatregelen</h3>").Append(Paragraphs(r.Measures)).Append("</section>");
        }
        else if (!i.Status.IsOpen())
            sb.Append("<p>Het rapport na de storing volgt.</p>");
        Close(sb);
        return sb.ToString();
    }

    private static void ProductNav(StringBuilder sb, StatusSnapshot s)
    {
        if (s.City is not null) return;
        if (s.Selected is not null)
        {
            sb.Append("<p><a href=\"/status\">Alle producten tonen</a></p>");
            return;
        }
        if (s.Products.Count < 2) return;
        sb.Append("<nav class=\"product-nav\" aria-label=\"Producten\"><ul>");
        foreach (var p in s.Products)
            sb.Append("<li><a href=\"/status?product=").Append(E(Uri.EscapeDataString(p.Slug))).Append("\">Alleen ").Append(E(p.Name)).Append("</a></li>");
        sb.Append("</ul></nav>");
    }

    private static void OpenIncidents(StringBuilder sb, StatusSnapshot s)
    {
        sb.Append("<section aria-labelledby=\"lopend\"><h2 id=\"lopend\">Lopende storingen</h2>");
        if (s.OpenIncidents.Count == 0) sb.Append("<p>Er zijn geen lopende storingen.</p>");
        foreach (var incident in s.OpenIncidents) Incident(sb, incident, "h3");
        sb.Append("</section>");
    }

    private static void Incident(StringBuilder sb, IncidentView i, string heading, bool link = true)
    {
        sb.Append("<article class=\"card\"><").Append(heading).Append('>');
        if (link) sb.Append("<a href=\"/status/storingen/").Append(i.Id).Append("\">").Append(E(i.Title)).Append("</a>");
        else sb.Append(E(i.Title));
        sb.Append("</").Append(heading).Append('>');
        sb.Append("<p><span class=\"badge ").Append(i.Status.IsOpen() ? "danger" : "ok").Append("\">").Append(E(i.Status.ToDutch())).Append("</span> ")
          .Append("Begonnen ").Append(E(StatusTexts.When(i.StartedAt)));
        if (i.ResolvedAt is { } resolved) sb.Append(", opgelost ").Append(E(StatusTexts.When(resolved)));
        sb.Append("</p>");
        if (i.Impacts.Count > 0) sb.Append("<p>Getroffen: ").Append(E(string.Join("; ", i.Impacts))).Append("</p>");
        sb.Append("<ol class=\"updates\" aria-label=\"Updates, nieuwste eerst\">");
        foreach (var u in i.Updates)
            sb.Append("<li><p><strong>").Append(E(u.Status.ToDutch())).Append("</strong> – <time datetime=\"").Append(u.At.ToUniversalTime().ToString("O"))
              .Append("\">").Append(E(StatusTexts.When(u.At))).Append("</time></p>").Append(Paragraphs(u.Message)).Append("</li>");
        sb.Append("</ol>");
        if (link && i.Report is not null)
            sb.Append("<p><a href=\"/status/storingen/").Append(i.Id).Append("\">Rapport na de storing lezen<span class=\"sr-only\">: ").Append(E(i.Title)).Append("</span></a></p>");
        sb.Append("</article>");
    }

    private static void Maintenance(StringBuilder sb, StatusSnapshot s)
    {
        sb.Append("<section aria-labelledby=\"onderhoud\"><h2 id=\"onderhoud\">Gepland onderhoud</h2>");
        if (s.Maintenance.Count == 0) sb.Append("<p>Er is geen onderhoud gepland.</p>");
        foreach (var m in s.Maintenance) MaintenanceCard(sb, m, "h3");
        sb.Append("<p><a href=\"/status/maintenance.ics\">Onderhoudskalender (iCalendar)</a></p></section>");
        if (s.Unannounced.Count == 0) return;
        sb.Append("<section aria-labelledby=\"onaangekondigd\"><h2 id=\"onaangekondigd\">Onderhoud dat niet vooraf werd aangekondigd</h2>")
          .Append("<p>Dit onderhoud werd niet vóór de start aangekondigd aan abonnees en telt daarom als onbeschikbaarheid (laatste 90 dagen).</p>");
        foreach (var m in s.Unannounced) MaintenanceCard(sb, m, "h3");
        sb.Append("</section>");
    }

    private static void MaintenanceCard(StringBuilder sb, MaintenanceView m, string heading)
    {
        sb.Append("<article class=\"card\"><").Append(heading).Append('>').Append(E(m.Title)).Append("</").Append(heading).Append("><p><span class=\"badge warn\">")
          .Append(E(m.Status.ToDutch())).Append("</span> ");
        if (m.Unannounced)
            sb.Append("<span class=\"badge danger\">").Append(m.AnnouncedAt is { } late ? "Pas aangekondigd na de start (" + E(StatusTexts.When(late)) + ")" : "Niet aangekondigd")
              .Append("</span> ");
        sb.Append("Van ").Append(E(StatusTexts.When(m.Start))).Append(" tot ").Append(E(StatusTexts.When(m.End))).Append("</p>")
          .Append(Paragraphs(m.Description)).Append("<p>Onderdelen: ").Append(E(string.Join(", ", m.Components))).Append("</p></article>");
    }

    private static void Components(StringBuilder sb, StatusSnapshot s)
    {
        sb.Append("<section aria-labelledby=\"onderdelen\"><h2 id=\"onderdelen\">Onderdelen en beschikbaarheid</h2>")
          .Append("<p>Per onderdeel een balk met één vak per dag over de laatste 90 dagen; elk vak vermeldt de beschikbaarheid en de storingen van die dag.</p>")
          .Append("<ul class=\"legend\" aria-label=\"Legende\"><li><span></span>Geen storing (volle hoogte)</li><li><span class=\"m\"></span>Onderhoud</li>")
          .Append("<li><span class=\"u\"></span>Niet aangekondigd onderhoud</li><li><span class=\"d\"></span>Verminderde prestaties</li><li><span class=\"p\"></span>Gedeeltelijke storing</li>")
          .Append("<li><span class=\"x\"></span>Grote storing</li><li><span class=\"n\"></span>Geen gegevens</li></ul>");
        foreach (var p in s.Products)
        {
            sb.Append("<h3>").Append(E(p.Name)).Append(" – ").Append(E(p.Overall.ToDutch())).Append("</h3>");
            Figures(sb, p.Ninety, p.Month, p.Budget);
            foreach (var group in p.Components.GroupBy(c => c.Group))
            {
                if (group.Key is not null) sb.Append("<h4>").Append(E(group.Key)).Append("</h4>");
                sb.Append("<ul class=\"components\">");
                foreach (var c in group) Component(sb, c);
                sb.Append("</ul>");
            }
        }
        sb.Append("</section>");
    }

    private static void Component(StringBuilder sb, ComponentView c)
    {
        var badge = c.Status switch { ComponentStatus.Operational => "ok", ComponentStatus.PartialOutage or ComponentStatus.MajorOutage => "danger", _ => "warn" };
        sb.Append("<li><p class=\"component-head\"><strong>").Append(E(c.Name)).Append("</strong><span class=\"badge ").Append(badge).Append("\">")
          .Append(E(c.Status.ToDutch())).Append("</span></p>");
        sb.Append("<ol class=\"bar\" aria-label=\"").Append(E($"{c.Name}: beschikbaarheid per dag, laatste 90 dagen")).Append("\">");
        foreach (var day in c.Bars)
            sb.Append("<li class=\"").Append(CellClass(day)).Append("\"><span class=\"sr-only\">").Append(E(day.Label)).Append("</span></li>");
        sb.Append("</ol><p class=\"bar-scale\" aria-hidden=\"true\"><span>90 dagen geleden</span><span>Vandaag</span></p>");
        Figures(sb, c.Ninety, c.Month, c.Budget);
        sb.Append("<p><a href=\"/status/onderdelen/").Append(c.Id).Append("\">Responstijd en uptime van ").Append(E(c.Name)).Append("</a></p>");
        sb.Append("</li>");
    }

    private static void Figures(StringBuilder sb, AvailabilityReport? ninety, AvailabilityReport? month, DowntimeBudget budget)
    {
        sb.Append("<p class=\"figures\">90 dagen: ").Append(ninety is null ? "geen gegevens" : DayBars.FormatPercentage(ninety.Percentage))
          .Append(" · deze maand tot nu: ").Append(month is null ? "geen gegevens" : DayBars.FormatPercentage(month.Percentage))
          // The objective is monthly: whether it still holds is what the budget says, not the month-to-date figure.
          .Append(" · toegelaten onbeschikbaarheid deze maand (99,9 %): ")
          .Append(budget.IsExceeded ? "overschreden met " + Duration(-budget.Remaining) : Duration(budget.Remaining) + " over van " + Duration(budget.Allowed));
        // Announced maintenance is reported on its own line of figures: it does not count against the 99.9 %.
        if (month is { Maintenance: var maintenance } && maintenance > TimeSpan.Zero)
            sb.Append(" · aangekondigd onderhoud deze maand: ").Append(Duration(maintenance)).Append(" (telt niet mee)");
        if (month is { UnannouncedMaintenance: var unannounced } && unannounced > TimeSpan.Zero)
            sb.Append(" · niet vooraf aangekondigd onderhoud deze maand: ").Append(Duration(unannounced)).Append(" (telt als onbeschikbaar)");
        sb.Append("</p>");
    }

    private static string CellClass(DayBar day) => day.WorstStatus switch
    {
        null => "n",
        ComponentStatus.MajorOutage => "x",
        ComponentStatus.PartialOutage => "p",
        ComponentStatus.DegradedPerformance => "d",
        ComponentStatus.UnderMaintenance => day.HadUnannouncedMaintenance ? "u" : "m",
        _ => "o",
    };

    public static string Duration(TimeSpan span)
    {
        var seconds = (long)Math.Floor(span.TotalSeconds);
        var (h, m, sec) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
        return h > 0 ? $"{h} u {m} min" : m > 0 ? $"{m} min {sec} s" : $"{sec} s";
    }

    private static void Past(StringBuilder sb, StatusSnapshot s, string productQuery)
    {
        sb.Append("<section aria-labelledby=\"eerder\"><h2 id=\"eerder\">Eerdere storingen</h2>");
        if (s.PastIncidents.Count == 0) sb.Append("<p>Er zijn geen eerdere storingen.</p>");
        foreach (var incident in s.PastIncidents) Incident(sb, incident, "h3");
        if (s.PastPages > 1)
            sb.Append("<p><a href=\"/status/historiek?pagina=2").Append(productQuery.Length > 0 ? "&amp;" + E(productQuery[1..]) : "").Append("\">Meer eerdere storingen</a></p>");
        sb.Append("</section>");
    }

    private static void Subscribe(StringBuilder sb, string productQuery) =>
        sb.Append("<section aria-labelledby=\"abonneren\"><h2 id=\"abonneren\">Op de hoogte blijven</h2><ul>")
          .Append("<li><a href=\"/status/abonneren").Append(E(productQuery)).Append("\">Abonneren per e-mail</a></li>")
          .Append("<li><a href=\"/status/feed.atom").Append(E(productQuery)).Append("\">Atom-feed van storingen en onderhoud</a></li>")
          .Append("<li><a href=\"/status/maintenance.ics\">Onderhoudskalender (iCalendar)</a></li></ul></section>");
}
