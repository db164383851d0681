using DataProtection.Erasure;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.Export;

/// <summary>The export and erasure tables on the module's context (their configurations are found by the context's assembly scan).</summary>
internal static class TenantDataSets
{
    extension(DataProtectionDbContext db)
    {
        public DbSet<TenantExport> Exports => db.Set<TenantExport>();
        public DbSet<ExportDownload> Downloads => db.Set<ExportDownload>();
        public DbSet<ErasureRequest> Erasures => db.Set<ErasureRequest>();
    }
}
