using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using System.Text;
using Platform.Kernel.Mail;

namespace Platform.Identity;

/// <summary>One-time links to choose a password, e-mailed: "Wachtwoord vergeten?" and the welcome of a user a platform admin
/// invited. The code is Identity's password-reset token: it expires (<see cref="Validity"/>) and stops working once used, as
/// a password change renews the security stamp. Whether an address has an account is never revealed.</summary>
internal sealed class PasswordLinks(UserManager<PlatformUser> users, IMailSender mail, Platform.Kernel.Net.PublicLinks publicLinks,
    Platform.Kernel.Abuse.KeyedLimits limits, AdminAudit audit, ILogger<PasswordLinks> logger)
{
    /// <summary>Lifetime of the reset code (Identity's data-protection token provider, set in <see cref="IdentitySetup"/>).</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);

    public const string InvalidLink = "Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe link aan via \"Wachtwoord vergeten?\".";

    /// <summary>Mails a reset link when an active account has this address; otherwise does nothing, silently. A few requests
    /// per address per hour at most, counted whether or not the address has an account (throws TooManyRequestsException).</summary>
    public async Task RequestResetAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email)) return;
        limits.Acquire(Platform.Kernel.Abuse.KeyedLimits.MailPerAddress, email.Trim());
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDeactivated)
        {
            logger.LogInformation("Password reset requested for an address without an active account");
            return;
        }
        await SendAsync(user, "Wachtwoord opnieuw instellen", $"Beste {user.DisplayName},\n\nIemand (hopelijk jij) vroeg om het wachtwoord van je " +
            "account op het Mijn Burgerprofiel-platform opnieuw in te stellen. Kies een nieuw wachtwoord via deze link", ct);
        logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
    }

    /// <summary>Mails a new user (made without a password) the link to choose one; <paramref name="asWhat"/> says the role
    /// (e.g. "als melder van Stad Gent bij de servicedesk").</summary>
    public Task SendWelcomeAsync(PlatformUser user, string invitedBy, CancellationToken ct, string? subject = null, string? asWhat = null) =>
        SendAsync(user, subject ?? "Uitnodiging voor het Mijn Burgerprofiel-platform", $"Beste {user.DisplayName},\n\n{invitedBy} gaf je toegang tot het " +
            $"Mijn Burgerprofiel-platform{(asWhat is null ? "" : " " + asWhat)}. Kies je wachtwoord via deze link", ct);

    /// <summary>Invited and no password chosen yet.</summary>
    public static bool IsInvited(PlatformUser user) => user.PasswordHash is null && user.LastSignInAt is null;

    public async Task<Dictionary<string, string[]>> ResetAsync(Guid userId, string? code, string? password, string? confirm)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDeactivated || string.IsNullOrEmpty(code)) return new() { ["code"] = [InvalidLink] };
        if (string.IsNullOrEmpty(password)) return new() { ["password"] = ["Kies een wachtwoord."] };
        if (password != confirm) return new() { ["confirm"] = ["De twee wachtwoorden zijn niet gelijk."] };
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return new() { ["code"] = [InvalidLink] };
        }
        var invited = IsInvited(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            audit.AddSelf(invited ? "user.invitation-accepted" : "user.password-reset",
                invited ? $"Uitnodiging aanvaard: {user.Email} koos een wachtwoord" : $"Wachtwoord van {user.Email} opnieuw ingesteld via een e-maillink", user);
            await audit.SaveAsync(CancellationToken.None);
            logger.LogInformation("Password set through an e-mailed link by user {UserId}", user.Id);
            return [];
        }
        if (result.Errors.Any(e => e.Code == "InvalidToken")) return new() { ["code"] = [InvalidLink] };
        return new() { ["password"] = result.Errors.Select(UserAccounts.Dutch).ToArray() };
    }


    private async Task SendAsync(PlatformUser user, string subject, string intro, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = publicLinks.To($"wachtwoord-instellen?gebruiker={user.Id}&code={code}");
        await mail.SendAsync(new OutgoingMail(user.Email!, subject,
            $"{intro} (eenmalig te gebruiken, {Validity.TotalHours:0} uur geldig):\n\n{link}\n\n" +
            "Vroeg je dit niet aan? Dan hoef je niets te doen: je wachtwoord blijft ongewijzigd.\n\nMet vriendelijke groeten,\nDigitaal Vlaanderen"), ct);
    }
}
