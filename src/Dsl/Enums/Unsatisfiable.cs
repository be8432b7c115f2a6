namespace Consort
{
    /// <summary>What the scheduler does when a topology spread constraint cannot be met (<c>whenUnsatisfiable</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum Unsatisfiable
#else
    public enum Unsatisfiable
#endif
    {
        /// <summary>Leave the pod pending.</summary>
        DoNotSchedule = 0,

        /// <summary>Schedule it, preferring nodes that reduce the skew.</summary>
        ScheduleAnyway = 1,
    }
}
