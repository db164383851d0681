using System.Security.Cryptography;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Privacy;

namespace DataProtection.Export;

/// <summary>Builds one tenant's archive (Hangfire job): every module writes its part, in turn, straight into a ZIP file in
/// the export folder; progress is saved after each module. Claimed once: a second node (or a retried run) that finds the
/// export no longer queued, or loses the claim, does nothing.</summary>
internal sealed class TenantExportJob(ITenantScopeFactory scopes, IOptions<TenantDataOptions> options, IWebHostEnvironment environment,
    TimeProvider clock, ILogger<TenantExportJob> log)
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ExportFolder));

    public string PathOf(TenantExport export) => Path.Combine(Folder, export.FileName!);

    public async Task RunAsync(Guid tenantId, Guid exportId, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(tenantId, ct);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<DataProtectionDbContext>();
        var export = await db.Exports.FirstOrDefaultAsync(e => e.Id == exportId, ct);
        if (export is not { Status: ExportStatus.Queued }) return;
        var holders = services.GetServices<ITenantDataHolder>().OrderBy(h => h.Area, StringComparer.Ordinal).ToList();
        (export.Status, export.StartedAt, export.Claim, export.Total, export.Done) = (ExportStatus.Running, clock.GetUtcNow(), Guid.NewGuid(), holders.Count, 0);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return; }

        Directory.CreateDirectory(Folder);
        var tenant = services.GetRequiredService<TenantContext>().Tenant!;
        var fileName = $"export-{tenant.Identifier}-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{export.Id.ToString("N")[..8]}.zip";
        var partial = Path.Combine(Folder, fileName + ".part");
        try
        {
            var data = await TenantPeople.ScopeAsync(tenantId, holders, ct);
            await using (var archive = new ZipTenantArchive(partial, Folder))
            {
                foreach (var holder in holders)
                {
                    export.Step = holder.Area;
                    await db.SaveChangesAsync(ct);
                    archive.Prefix = holder.Area;
                    await holder.ExportAsync(data, archive, ct);
                    export.Done++;
                }
                await archive.CompleteAsync(new Dictionary<string, string>
                {
                    ["tenant"] = tenant.Identifier, ["tenantId"] = tenantId.ToString(), ["tenantName"] = tenant.Name,
                    ["createdAt"] = clock.GetUtcNow().ToString("O"), ["charter"] = "Verwerkingscharter Mijn Burgerprofiel, artikel 12.2",
                }, ct);
            }
            File.Move(partial, Path.Combine(Folder, fileName));
            export.FileName = fileName;
            export.Bytes = new FileInfo(PathOf(export)).Length;
            await using (var file = File.OpenRead(PathOf(export)))
                export.Sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
            (export.Status, export.Step, export.CompletedAt) = (ExportStatus.Ready, null, clock.GetUtcNow());
            export.ExpiresAt = export.CompletedAt + options.Value.ExportKeptFor;
            await db.SaveChangesAsync(ct);
            log.LogInformation("Export {ExportId} of tenant {TenantId} ready: {Bytes} bytes", export.Id, tenantId, export.Bytes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Export {ExportId} of tenant {TenantId} failed at {Step}", export.Id, tenantId, export.Step);
            File.Delete(partial);
            export.Status = ExportStatus.Failed;
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}

/// <summary>The addresses of the tenant's people, from every module, before anything is written or erased.</summary>
internal static class TenantPeople
{
    public static async Task<TenantDataScope> ScopeAsync(Guid tenantId, IEnumerable<ITenantDataHolder> holders, CancellationToken ct)
    {
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var holder in holders)
            foreach (var email in await holder.PeopleEmailsAsync(tenantId, ct))
                if (!string.IsNullOrWhiteSpace(email)) emails.Add(email.Trim().ToLowerInvariant());
        return new TenantDataScope(tenantId, emails);
    }
}
