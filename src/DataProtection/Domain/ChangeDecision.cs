namespace DataProtection.Domain;

public enum ChangeKind
{
    /// <summary>A new sub-processor is appointed beside the existing ones.</summary>
    SubProcessorAddition,
    /// <summary>A new sub-processor replaces one in the register.</summary>
    SubProcessorReplacement,
    /// <summary>A new version of the processing charter (14.3).</summary>
    CharterVersion,
}

public enum ChangeStatus { Announced, InEffect, Withdrawn }

/// <summary>How the parties settled a tenant's objection (charter 6.3).</summary>
public enum Settlement
{
    /// <summary>The sub-processor is appointed after all ("alsnog ingeschakeld").</summary>
    Kept,
    /// <summary>Replaced by another sub-processor chosen by Digitaal Vlaanderen.</summary>
    Replaced,
    /// <summary>The proposed sub-processor is not appointed: the change is withdrawn.</summary>
    NotAppointed,
}

public enum ChangeStep { Wait, WaitForSettlement, TakeEffect, Withdraw }

/// <summary>What the daily job does with an announced change.
/// <para><b>Decision:</b> an objection still open keeps the change waiting ("the parties look for a solution"),
/// even after its effective date; one settled as "not appointed" withdraws it.</para></summary>
public static class ChangeDecision
{
    public static ChangeStep Next(DateOnly effectiveOn, DateOnly today, IReadOnlyCollection<Settlement?> objections)
    {
        if (objections.Any(s => s == Settlement.NotAppointed)) return ChangeStep.Withdraw;
        if (today < effectiveOn) return ChangeStep.Wait;
        return objections.Any(s => s is null) ? ChangeStep.WaitForSettlement : ChangeStep.TakeEffect;
    }

    public static string Dutch(this Settlement s) => s switch
    {
        Settlement.Kept => "Onderverwerker wordt alsnog ingeschakeld",
        Settlement.Replaced => "Vervangen door een andere onderverwerker",
        Settlement.NotAppointed => "Onderverwerker wordt niet aangesteld",
        _ => s.ToString(),
    };

    public static string Dutch(this ChangeKind k) => k switch
    {
        ChangeKind.SubProcessorAddition => "Nieuwe onderverwerker",
        ChangeKind.SubProcessorReplacement => "Vervanging van een onderverwerker",
        ChangeKind.CharterVersion => "Nieuwe versie van het verwerkingscharter",
        _ => k.ToString(),
    };

    public static string Dutch(this ChangeStatus s) => s switch
    {
        ChangeStatus.Announced => "Aangekondigd",
        ChangeStatus.InEffect => "Van kracht",
        ChangeStatus.Withdrawn => "Ingetrokken",
        _ => s.ToString(),
    };
}
