namespace Platform.Kernel.Privacy;

/// <summary>A module's part of one tenant's personal data (charter 12.2): it writes that part to the tenant's export
/// archive ("terugbezorgen") and erases or irreversibly anonymises it after the contract ended ("verwijderen"). Every
/// module implements it once in its own feature folder; DataProtection runs them all, in <see cref="Order"/>.</summary>
public interface ITenantDataHolder
{
    /// <summary>Folder in the archive and name in logs, e.g. <c>servicedesk</c>.</summary>
    string Area { get; }

    /// <summary>Erasure order: holders that others read from (e.g. the contacts that give the people's addresses) go last.</summary>
    int Order => 0;

    /// <summary>E-mail addresses of the tenant's people this module knows (contacts, users, reporters), so modules that
    /// keep data by address only (status subscriptions) can find theirs. Collected before anything is erased.</summary>
    Task<IReadOnlyCollection<string>> PeopleEmailsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);

    Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken);

    Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken);
}

/// <param name="PeopleEmails">Lower-case addresses of the tenant's people, from every holder.</param>
public sealed record TenantDataScope(Guid TenantId, IReadOnlySet<string> PeopleEmails);

/// <summary>Where a holder writes its part: tables (as JSON and CSV) and original files. Implementations stream.</summary>
public interface ITenantArchive
{
    /// <summary>Writes <c>{path}.json</c> (an array) and <c>{path}.csv</c> (the platform's CSV convention) from rows as they come.</summary>
    Task WriteTableAsync<T>(string path, IAsyncEnumerable<T> rows, CancellationToken cancellationToken);

    /// <summary>An original file (attachment, logo, invoice PDF, UBL) under its path.</summary>
    Task WriteFileAsync(string path, Stream content, CancellationToken cancellationToken);
}

/// <summary>What a holder erased (count per Dutch category) and what it kept and why, for the deletion certificate.</summary>
public sealed record TenantErasure(IReadOnlyList<ErasedItems> Erased, IReadOnlyList<KeptItems> Kept)
{
    public static TenantErasure Of(params ErasedItems[] erased) => new(erased, []);
}

public sealed record ErasedItems(string Category, int Count);

public sealed record KeptItems(string Category, int Count, string Reason);
