using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Catalogue;
using Tenants.Domain;
using Tenants.Domain.Features;
using Tenants.Domain.HouseStyle;
using Tenants.Persistence;

namespace Tenants.AppConfig;

/// <summary>Edits the current tenant's draft and publishes it. Used by the API and the pages alike; every change is
/// audited in the same SaveChanges. All queries go through the tenant filter of the request's tenant.</summary>
internal sealed class AppConfigEditor(TenantsDbContext db, TenantContext current, TimeProvider clock, AppConfigCache cache)
{
    private Guid TenantId => current.TenantId ?? throw new InvalidOperationException("No tenant in this scope.");

    public async Task<ConfigDocument> DraftAsync(CancellationToken ct = default) =>
        (await db.Drafts.AsNoTracking().FirstOrDefaultAsync(ct)) is { } d ? ConfigDocument.FromJson(d.Document) : ConfigDocument.Default(current.Tenant!.Name);

    public async Task<(ConfigDocument Draft, DateTimeOffset? UpdatedAt, string? UpdatedBy)> DraftWithStampAsync(CancellationToken ct = default)
    {
        var d = await db.Drafts.AsNoTracking().FirstOrDefaultAsync(ct);
        return d is null ? (ConfigDocument.Default(current.Tenant!.Name), null, null) : (ConfigDocument.FromJson(d.Document), d.UpdatedAt, d.UpdatedBy);
    }

    public async Task<ConfigDocument?> LatestPublishedAsync(CancellationToken ct = default) =>
        await db.Versions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct) is { } v ? ConfigDocument.FromJson(v.Document) : null;

    public async Task<IReadOnlyList<ValidationError>> SetBrandingAsync(BrandingDocument branding, Actor actor, CancellationToken ct = default)
    {
        var doc = await DraftAsync(ct);
        var candidate = doc with { Branding = branding };
        if (!branding.TryToBranding(out var parsed, out var colorErrors)) return colorErrors;
        if (BrandingRules.Validate(parsed) is { Count: > 0 } errors) return errors;
        var normalized = branding.Normalized();
        await SaveDraftAsync(candidate with { Branding = normalized }, actor, "branding.updated",
            string.Join("; ", ConfigDiff.Describe(doc, doc with { Branding = normalized })), ct);
        return [];
    }

    public async Task<IReadOnlyList<ValidationError>> SetFeatureAsync(string key, bool enabled, string? settingsJson, Actor actor, CancellationToken ct = default)
    {
        var feature = FeatureCatalogue.Find(key);
        if (feature is null) return [new("key", $"Onbekende functie \"{key}\".")];
        var doc = await DraftAsync(ct);
        if (!enabled)
        {
            if (feature.IsCore) return [new("enabled", FeatureCatalogue.CannotEnable(feature, FeatureAvailability.Available)!)];
            if (doc.Feature(key) is null) return [];
            await SaveDraftAsync(doc.WithoutFeature(key), actor, "feature.disabled", $"Functie \"{feature.Name}\" uitgezet", ct);
            return [];
        }
        var availability = (await FeatureOffer.ReadAsync(db, ct))[key];
        if (FeatureCatalogue.CannotEnable(feature, availability) is { } refusal) return [new("enabled", refusal)];
        var (settings, errors) = CheckSettings(key, settingsJson);
        if (settings is null) return errors;
        var wasOn = doc.Feature(key) is not null;
        await SaveDraftAsync(doc.WithFeature(key, FeatureSettingsJson.Serialize(settings)), actor,
            wasOn ? "feature.settings" : "feature.enabled",
            wasOn ? $"Instellingen van \"{feature.Name}\" gewijzigd" : $"Functie \"{feature.Name}\" aangezet", ct);
        return [];
    }

    /// <summary>Switches several features on or off and sets their settings in one draft change, all or nothing: the
    /// errors come back per feature key (paths as <see cref="SetFeatureAsync"/> gives them). A feature whose state and
    /// settings do not change is left alone (a suspended feature that is on can stay on while others are saved).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ValidationError>>> SetFeaturesAsync(
        IReadOnlyList<FeatureChange> changes, Actor actor, CancellationToken ct = default)
    {
        var doc = await DraftAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        var errors = new Dictionary<string, IReadOnlyList<ValidationError>>();
        var updated = doc;
        var details = new List<string>();
        foreach (var change in changes)
        {
            if (FeatureCatalogue.Find(change.Key) is not { IsCore: false } feature)
            {
                errors[change.Key] = [new("key", $"Onbekende functie \"{change.Key}\".")];
                continue;
            }
            var stored = doc.Feature(change.Key);
            if (!change.Enabled)
            {
                if (stored is null) continue;
                updated = updated.WithoutFeature(change.Key);
                details.Add($"Functie \"{feature.Name}\" uitgezet");
                continue;
            }
            var (settings, invalid) = CheckSettings(change.Key, change.SettingsJson);
            if (settings is null)
            {
                errors[change.Key] = invalid;
                continue;
            }
            var json = FeatureSettingsJson.Serialize(settings);
            if (stored?.SettingsJson == json) continue;
            if (FeatureCatalogue.CannotEnable(feature, offer[change.Key]) is { } refusal)
            {
                errors[change.Key] = [new("enabled", refusal)];
                continue;
            }
            updated = updated.WithFeature(change.Key, json);
            details.Add(stored is null ? $"Functie \"{feature.Name}\" aangezet" : $"Instellingen van \"{feature.Name}\" gewijzigd");
        }
        if (errors.Count > 0 || details.Count == 0) return errors;
        await SaveDraftAsync(updated, actor, "features.updated", string.Join("; ", details), ct);
        return errors;
    }

    private static (IFeatureSettings? Settings, IReadOnlyList<ValidationError> Errors) CheckSettings(string key, string? settingsJson)
    {
        if (!FeatureSettingsJson.TryDeserialize(key, string.IsNullOrWhiteSpace(settingsJson) ? "null" : settingsJson, out var settings, out var error))
            return (null, [new("settings", error)]);
        var errors = new ValidationErrors();
        errors.AddRange("settings", settings.Validate());
        return errors.IsEmpty ? (settings, []) : (null, errors.All);
    }

    public async Task<LogoCheck> SetLogoAsync(byte[] upload, Actor actor, CancellationToken ct = default)
    {
        var check = LogoRules.Check(upload);
        if (check.Logo is not { } logo) return check;
        var hash = Convert.ToHexStringLower(SHA256.HashData(logo.Content));
        if (!await db.Logos.AnyAsync(l => l.Hash == hash, ct))
            db.Logos.Add(new StoredLogo { Id = Guid.CreateVersion7(clock.GetUtcNow()), TenantId = TenantId, Hash = hash,
                ContentType = logo.ContentType, Content = logo.Content, UploadedAt = clock.GetUtcNow() });
        var doc = await DraftAsync(ct);
        var removed = check.Removed.Count > 0 ? $" (uit de SVG verwijderd: {string.Join(", ", check.Removed)})" : "";
        await SaveDraftAsync(doc with { Logo = new LogoRef(hash, logo.ContentType) }, actor, "logo.uploaded",
            $"Logo opgeladen ({logo.ContentType}, {logo.Content.Length} bytes){removed}", ct);
        return check;
    }

    /// <summary>Takes the logo out of the draft (the app then shows the app name); false when the draft has none.</summary>
    public async Task<bool> RemoveLogoAsync(Actor actor, CancellationToken ct = default)
    {
        var doc = await DraftAsync(ct);
        if (doc.Logo is null) return false;
        await SaveDraftAsync(doc with { Logo = null }, actor, "logo.removed", "Logo verwijderd", ct);
        return true;
    }

    public Task<Outcome<AppVersion>> PublishAsync(Actor actor, string? note, CancellationToken ct = default) =>
        PublishAsync(actor, note, null, ct);

    /// <summary>Publishes the draft; with <paramref name="seenStamp"/> (the <see cref="Stamp"/> of the draft the person
    /// confirmed) only when the draft is still that one, so nobody publishes changes they were not shown (a conflict on
    /// <c>stamp</c>). An invalid draft answers its errors by field.</summary>
    public async Task<Outcome<AppVersion>> PublishAsync(Actor actor, string? note, string? seenStamp, CancellationToken ct)
    {
        var doc = await DraftAsync(ct);
        if (seenStamp is not null && seenStamp != Stamp(doc))
            return Outcome<AppVersion>.Conflicting("Het concept is gewijzigd nadat je de wijzigingen bekeek. Bekijk ze opnieuw en bevestig nog eens.", "stamp");
        if (doc.Validate() is { Count: > 0 } errors) return Outcome<AppVersion>.Invalid(ValidationErrors.ByField(errors));
        var version = await AddVersionAsync(doc, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), ct);
        return Outcome<AppVersion>.Success(version);
    }

    /// <summary>Publishes an old version's content again, as a new version, and makes it the draft.</summary>
    public async Task<AppVersion?> RollbackAsync(int number, Actor actor, CancellationToken ct = default)
    {
        var old = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct);
        if (old is null) return null;
        var doc = ConfigDocument.FromJson(old.Document);
        await SaveDraftAsync(doc, actor, "draft.restored", $"Concept teruggezet naar versie {number}", ct);
        return await AddVersionAsync(doc, actor, $"Teruggezet naar versie {number}", ct);
    }

    public async Task<ConfigDocument?> VersionAsync(int number, CancellationToken ct = default) =>
        await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct) is { } v ? ConfigDocument.FromJson(v.Document) : null;

    /// <summary>A short fingerprint of a document's content.</summary>
    public static string Stamp(ConfigDocument doc) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(doc.ToJson())))[..16];

    public async Task<IReadOnlyList<VersionView>> HistoryAsync(CancellationToken ct = default)
    {
        var versions = await db.Versions.AsNoTracking().OrderBy(v => v.Number).ToListAsync(ct);
        var views = new List<VersionView>();
        ConfigDocument? previous = null;
        foreach (var v in versions)
        {
            var doc = ConfigDocument.FromJson(v.Document);
            views.Add(new VersionView(v.Number, v.PublishedAt, v.PublishedBy, v.Note, ConfigDiff.Describe(previous, doc)));
            previous = doc;
        }
        views.Reverse();
        return views;
    }

    private async Task<AppVersion> AddVersionAsync(ConfigDocument doc, Actor actor, string? note, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var number = (await db.Versions.Select(v => (int?)v.Number).MaxAsync(ct) ?? 0) + 1;
        var version = new AppVersion { Id = Guid.CreateVersion7(now), TenantId = TenantId, Number = number, Document = doc.ToJson(),
            PublishedAt = now, PublishedById = actor.Id, PublishedBy = actor.Name, Note = note };
        db.Versions.Add(version);
        db.Record(TenantId, actor, now, "version.published", $"Versie {number} gepubliceerd" + (note is null ? "" : $": {note}"));
        await db.SaveChangesAsync(ct); // the unique (tenant, number) index refuses a concurrent publish
        await cache.PublishedAsync(TenantId, CancellationToken.None); // saved: every node must hear of it
        return version;
    }

    private async Task SaveDraftAsync(ConfigDocument doc, Actor actor, string action, string details, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var draft = await db.Drafts.FirstOrDefaultAsync(ct);
        if (draft is null) db.Drafts.Add(draft = new AppDraft { TenantId = TenantId, Document = doc.ToJson() });
        draft.Document = doc.ToJson();
        draft.UpdatedAt = now;
        draft.UpdatedBy = actor.Name;
        db.Record(TenantId, actor, now, action, details);
        await db.SaveChangesAsync(ct);
    }
}

internal sealed record FeatureChange(string Key, bool Enabled, string? SettingsJson);

internal sealed record VersionView(int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Note, IReadOnlyList<string> Changes);
