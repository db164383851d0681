using Microsoft.Extensions.Options;
using Platform.Kernel.Privacy;
using Platform.Mail;

namespace Platform.Privacy;

/// <summary>Retention: the embedded default's outbox (<c>Mail:PickupFolder</c>) keeps each sent mail as an .eml file; files
/// older than <see cref="RetentionPolicy.MailPickupDays"/> are deleted. Nothing to do when mail goes out over SMTP.</summary>
internal sealed class MailPickupPurge(IOptions<MailOptions> options, IHostEnvironment environment) : IRetentionPurge
{
    public string Name => "old mail pickup files";

    public Task<int> PurgeAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));
        if (!Directory.Exists(folder)) return Task.FromResult(0);
        var deleted = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.eml"))
        {
            if (!RetentionRules.PurgeMailFile(new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), now, policy.MailPickupDays)) continue;
            file.Delete();
            deleted++;
        }
        return Task.FromResult(deleted);
    }
}
