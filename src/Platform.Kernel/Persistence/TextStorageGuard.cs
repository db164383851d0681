using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Kernel.Text;

namespace Platform.Kernel.Persistence;

/// <summary>The last line behind <see cref="TextRule"/>: a NUL byte or broken UTF-16 never reaches the database
/// (PostgreSQL refuses it with an error the caller would see as a 500).</summary>
public sealed class TextStorageGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
                if (property.CurrentValue is string s && TextRule.IsUnstorable(s))
                {
                    var field = char.ToLowerInvariant(property.Metadata.Name[0]) + property.Metadata.Name[1..];
                    throw new InvalidTextException(field, $"Het veld '{field}' bevat een niet-toegelaten teken.");
                }
        }
    }
}
