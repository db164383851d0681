namespace ServiceDesk.Domain;

internal enum WarningClock { Response, Resolution }

internal enum WarningLevel { SeventyFivePercent, Breach }

/// <summary>Which warnings a still-running clock calls for: at breach only the breach, otherwise 75 % once reached.</summary>
internal static class SlaWarnings
{
    public static IReadOnlyList<(WarningClock Clock, WarningLevel Level)> Due(IncidentClocks clocks)
    {
        var due = new List<(WarningClock, WarningLevel)>(2);
        Add(WarningClock.Response, clocks.Response);
        Add(WarningClock.Resolution, clocks.Resolution);
        return due;

        void Add(WarningClock clock, ClockReading r)
        {
            if (r.StoppedAt is not null) return;
            if (r.State == ClockState.Breached) due.Add((clock, WarningLevel.Breach));
            else if (r.Elapsed.Ticks * 4 >= r.Target.Ticks * 3) due.Add((clock, WarningLevel.SeventyFivePercent));
        }
    }
}
