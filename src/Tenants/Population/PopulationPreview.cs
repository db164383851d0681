using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Tenants.Population;

/// <summary>A checked population table, kept server-side under its token until it is applied, so the apply writes exactly
/// what was previewed (on any node).</summary>
internal sealed class StoredPopulationPreview
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public required string Source { get; set; }
    public DateOnly PublishedOn { get; set; }
    public required string FileName { get; set; }
    /// <summary>The rows and changes as JSON (<see cref="PopulationPreview"/>).</summary>
    public required string ContentJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    /// <summary>Also the concurrency token: of two applies of one preview, the second finds it set and writes nothing.</summary>
    public DateTimeOffset? AppliedAt { get; set; }
    public Guid? AppliedBy { get; set; }
}

internal sealed class StoredPopulationPreviewConfiguration : IEntityTypeConfiguration<StoredPopulationPreview>
{
    public void Configure(EntityTypeBuilder<StoredPopulationPreview> b)
    {
        b.ToTable("population_previews");
        b.IsGlobal("A platform-wide table of every municipality's population, uploaded by platform staff; no tenant owns it.");
        b.HasKey(p => p.Id);
        b.Property(p => p.Source).HasMaxLength(200);
        b.Property(p => p.FileName).HasMaxLength(255);
        b.Property(p => p.AppliedAt).IsConcurrencyToken();
        b.HasIndex(p => p.CreatedAt);
    }
}

/// <summary>What the uploader sees before applying: every row with its verdict, the tenants whose figure it sets
/// (changed or not, and whether the fee tier moves) and the tenants the table has no figure for.</summary>
public sealed record PopulationPreview(
    Guid Token, int Year, string Source, DateOnly PublishedOn, string FileName, DateTimeOffset CreatedAt, DateTimeOffset? AppliedAt,
    IReadOnlyList<PopulationPreviewRow> Rows, IReadOnlyList<PopulationChange> Changes, IReadOnlyList<TenantWithoutFigure> WithoutFigure)
{
    /// <summary>Rows that make the whole table refused: it is applied all or nothing.</summary>
    public int Refused => Rows.Count(r => r.Blocking);

    public bool CanApply => AppliedAt is null && Refused == 0 && Changes.Any(c => c.Changed);
}

/// <param name="Status">matched, unmatched, duplicate, malformed, outOfRange or ambiguous.</param>
/// <param name="Reason">Dutch: why the row is not (or not only) a plain match.</param>
public sealed record PopulationPreviewRow(int Line, string? NisCode, string? Name, int? Count, string Status, string? Reason)
{
    public const string Matched = "matched", Unmatched = "unmatched", Duplicate = "duplicate", Malformed = "malformed",
        OutOfRange = "outOfRange", Ambiguous = "ambiguous";

    public bool Blocking => Status is Duplicate or Malformed or OutOfRange or Ambiguous;

    public string StatusText => Status switch
    {
        Matched => "Gevonden",
        Unmatched => "Niet gevonden",
        Duplicate => "Dubbel",
        Malformed => "Onleesbaar",
        OutOfRange => "Buiten bereik",
        _ => "Dubbelzinnig",
    };
}

/// <param name="Before">The tenant's figure for the year before the import (null: none yet).</param>
/// <param name="TierBefore">The fee tier of the figure billing would otherwise compare with: the year's own figure, else the latest earlier one.</param>
public sealed record PopulationChange(Guid TenantId, string Slug, string TenantName, int Line, int? Before, int After,
    int? CompareYear, int? CompareCount, string? TierBefore, decimal? FeeBefore, string? TierAfter, decimal? FeeAfter)
{
    public bool Changed => Before != After;

    public bool TierChanged => TierBefore is not null && TierAfter is not null && TierBefore != TierAfter;
}

public sealed record TenantWithoutFigure(Guid TenantId, string Slug, string Name);

/// <summary>What an apply wrote.</summary>
public sealed record PopulationApplied(Guid Token, int Year, int Updated, int Unchanged, DateTimeOffset AppliedAt);
