using System.Net.Mail;

namespace Platform.Kernel.Text;

/// <summary>One e-mail address, parsed (not pattern-matched): exactly one plain address, no display name, no
/// white space, a domain with a dot, at most 254 characters. <c>x@</c>, <c>a@b</c>, <c>a@b.be, c@d.be</c> are refused.</summary>
public static class EmailAddresses
{
    /// <summary>The trimmed address when valid, else null.</summary>
    public static string? Parse(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 254 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || text.Contains(',') || text.Contains(';'))
            return null;
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || address.DisplayName.Length > 0) return null;
        var host = address.Host;
        return host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.') && !host.Contains("..") ? text : null;
    }

    public static bool IsValid(string? value) => Parse(value) is not null;
}
