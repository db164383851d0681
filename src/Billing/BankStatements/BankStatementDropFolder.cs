using Microsoft.Extensions.Logging;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>Configuration section <c>Billing:BankStatements</c>; the drop folder is off unless <see cref="Path"/> is set.</summary>
internal sealed class BankStatementOptions
{
    public const string Section = "Billing:BankStatements";

    public string? Path { get; set; }

    /// <summary>A file is read only when it has not been written to for this long: on Linux a rename does not wait
    /// for the bank's upload to finish.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 86400)]
    public int SettleSeconds { get; set; } = 60;
}

internal sealed record DropFolderReport(int Imported, int Refused);

/// <summary>Imports the camt.053 and CODA files put in the drop folder. A file is claimed by renaming it (atomic, so two nodes never
/// read the same file), then moved to <c>ingelezen/</c>, or to <c>geweigerd/</c> with a <c>.txt</c> saying why.</summary>
internal sealed class BankStatementDropFolder(Microsoft.Extensions.Options.IOptions<BankStatementOptions> options, BankStatementImporter importer, TimeProvider clock, ILogger<BankStatementDropFolder> log)
{
    public const string JobId = "billing-bank-statement-drop-folder";
    private readonly BankStatementOptions settings = options.Value;
    public const string ImportedFolder = "ingelezen";
    public const string RefusedFolder = "geweigerd";
    private const string ClaimSuffix = ".bezig";

    public async Task<DropFolderReport> RunAsync(CancellationToken ct)
    {
        if (settings.Path is not { Length: > 0 } folder || !Directory.Exists(folder))
            return new(0, 0);
        int imported = 0, refused = 0;
        var failures = new List<Exception>();
        ReleaseAbandonedClaims(folder);
        var settledBefore = clock.GetUtcNow().UtcDateTime.AddSeconds(-settings.SettleSeconds);
        foreach (var file in Directory.EnumerateFiles(folder).Where(IsStatement).Order(StringComparer.Ordinal).ToList())
        {
            if (File.GetLastWriteTimeUtc(file) > settledBefore)
                continue; // possibly still being written; the next run takes it
            var claimed = file + ClaimSuffix;
            try
            {
                // Touched first: the claim's time is when it was claimed (for ReleaseAbandonedClaims), never the upload's.
                File.SetLastWriteTimeUtc(file, clock.GetUtcNow().UtcDateTime);
                File.Move(file, claimed);
            }
            catch (IOException)
            {
                continue; // another node claimed it
            }
            var name = Path.GetFileName(file);
            var stamp = clock.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                ImportedStatement result;
                await using (var stream = File.OpenRead(claimed))
                    result = await importer.ImportAsync(name, stream, null, ct);
                Move(claimed, Path.Combine(folder, ImportedFolder), $"{stamp}-{name}");
                imported++;
                log.LogInformation("Drop folder: imported {File} as {ImportId}", name, result.Import.Id);
            }
            catch (Exception e) when (e is CamtFormatException or BankImportConflictException)
            {
                var target = Move(claimed, Path.Combine(folder, RefusedFolder), $"{stamp}-{name}");
                await File.WriteAllTextAsync(target + ".txt", e.Message + Environment.NewLine, ct);
                refused++;
                log.LogWarning("Drop folder: refused {File}: {Reason}", name, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not the file's fault (database down, a bug): give it back so the next run reads it again, and go on with the others.
                failures.Add(e);
                log.LogError(e, "Drop folder: {File} could not be imported; it is read again on the next run", name);
                try { File.Move(claimed, file, overwrite: false); }
                catch (IOException moveBack) { log.LogError(moveBack, "Drop folder: {File} could not be given back", name); }
            }
        }
        if (failures.Count > 0)
            throw new AggregateException($"{failures.Count} statement file(s) could not be imported ({imported} imported, {refused} refused).", failures);
        return new(imported, refused);
    }

    /// <summary>A claim older than this was left by a node that stopped mid-import (its transaction rolled back): read it again.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    private void ReleaseAbandonedClaims(string folder)
    {
        var before = clock.GetUtcNow().UtcDateTime - AbandonedAfter;
        foreach (var claimed in Directory.EnumerateFiles(folder, "*" + ClaimSuffix).Where(f => IsStatement(f[..^ClaimSuffix.Length])).ToList())
        {
            if (File.GetLastWriteTimeUtc(claimed) > before) continue;
            try
            {
                File.Move(claimed, claimed[..^ClaimSuffix.Length], overwrite: false);
                log.LogWarning("Drop folder: {File} was claimed but never finished; it is read again", Path.GetFileName(claimed));
            }
            catch (IOException)
            {
                // another node released it first
            }
        }
    }

    /// <summary>camt.053 (<c>.xml</c>) and CODA (<c>.cod</c>, <c>.coda</c>, any case); the content decides how it is read.</summary>
    private static bool IsStatement(string path) =>
        BankStatementFile.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string Move(string from, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, name);
        File.Move(from, target, overwrite: false);
        return target;
    }
}
