namespace Platform.Kernel.Abuse;

/// <summary><c>RateLimiting</c> configuration: one fixed window per limit.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Anonymous writes and mails, per client address.</summary>
    public WindowLimit AnonymousWrite { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Sign-in attempts per client address.</summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Sign-in attempts per account (the e-mail address typed, whether or not it has an account).</summary>
    public WindowLimit SignInPerAccount { get; set; } = new() { PermitLimit = 10, WindowSeconds = 900 };

    /// <summary>Confirmation and other unsolicited mails to the same address.</summary>
    public WindowLimit MailPerAddress { get; set; } = new() { PermitLimit = 3, WindowSeconds = 3600 };

    /// <summary>Writes (POST, PUT, PATCH, DELETE) by a signed-in user or API key, per user.</summary>
    public WindowLimit AuthenticatedWrite { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}
