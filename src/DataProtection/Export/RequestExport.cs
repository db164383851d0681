using DataProtection.Changes;
using DataProtection.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.Export;

/// <summary>Starts an export of the current tenant's data: one queued at a time.</summary>
internal sealed class RequestExport(DataProtectionDbContext db, TenantContext tenant, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<Outcome<TenantExport>> RunAsync(Guid? userId, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId) return Outcome<TenantExport>.Missing();
        var unfinished = await db.Exports.Where(e => e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running).ToListAsync(ct);
        foreach (var abandoned in unfinished.Where(e => ExportRules.IsAbandoned(e.RequestedAt, clock.GetUtcNow())))
            abandoned.Status = ExportStatus.Failed; // saved with the new export below
        if (unfinished.Any(e => e.Status != ExportStatus.Failed))
            return Outcome<TenantExport>.Conflicting("Er wordt al een export aangemaakt. Wacht tot die klaar is.");
        var export = new TenantExport { Id = Guid.CreateVersion7(clock.GetUtcNow()), RequestedAt = clock.GetUtcNow(), RequestedBy = userId, Status = ExportStatus.Queued };
        db.Exports.Add(export);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<TenantExportJob>(j => j.RunAsync(tenantId, export.Id, CancellationToken.None));
        return Outcome<TenantExport>.Success(export);
    }
}

/// <summary>Opens a ready archive for download and records who downloaded it.</summary>
internal sealed class DownloadExport(DataProtectionDbContext db, TenantExportJob files, TimeProvider clock)
{
    public async Task<Outcome<ExportFile>> RunAsync(Guid exportId, Guid? userId, string role, CancellationToken ct)
    {
        var export = await db.Exports.AsNoTracking().FirstOrDefaultAsync(e => e.Id == exportId, ct);
        if (export is null) return Outcome<ExportFile>.Missing();
        if (export.Status != ExportStatus.Ready || export.ExpiresAt <= clock.GetUtcNow() || !File.Exists(files.PathOf(export)))
            return Outcome<ExportFile>.Conflicting("Deze export is niet (meer) beschikbaar.");
        db.Downloads.Add(new ExportDownload { Id = Guid.CreateVersion7(clock.GetUtcNow()), ExportId = export.Id, At = clock.GetUtcNow(), UserId = userId, Role = role });
        await db.SaveChangesAsync(ct);
        return Outcome<ExportFile>.Success(new ExportFile(export, files.PathOf(export)));
    }
}

internal sealed record ExportFile(TenantExport Export, string Path);
