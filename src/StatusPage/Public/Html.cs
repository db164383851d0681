using System.Text;

namespace StatusPage.Public;

/// <summary>Minimal HTML writing for the public pages, which are rendered once per change rather than per request.</summary>
internal static class Html
{
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
            sb.Append(ch switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => ch.ToString() });
        return sb.ToString();
    }

    /// <summary>Line breaks of a message kept as separate paragraphs.</summary>
    public static string Paragraphs(string text) =>
        string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{E(p)}</p>"));

    public static void Open(StringBuilder sb, string title, string? alternateFeed)
    {
        sb.Append("<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(E(title)).Append(" – Mijn Burgerprofiel platform</title>")
          .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"stylesheet\" href=\"/status/status.css\">");
        if (alternateFeed is not null)
            sb.Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Storingen en onderhoud\" href=\"").Append(E(alternateFeed)).Append("\">");
        sb.Append("</head><body><a class=\"skip-link\" href=\"#inhoud\">Naar de inhoud</a>")
          .Append("<header class=\"site-header\"><div class=\"wrap header-row\"><a class=\"brand\" href=\"/\">Mijn Burgerprofiel <span>platform</span></a>")
          .Append("<a href=\"/aanmelden\">Aanmelden</a></div></header><main id=\"inhoud\" class=\"wrap\" tabindex=\"-1\">");
    }

    public static void Close(StringBuilder sb) =>
        sb.Append("</main><footer class=\"site-footer\"><div class=\"wrap\">Digitaal Vlaanderen · EV DV · <a href=\"/status\">Status van het platform</a></div></footer></body></html>");
}
