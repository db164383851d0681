namespace ServiceDesk.Domain;

/// <summary>Incident priority; P1 is the most urgent.</summary>
internal enum Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
}
