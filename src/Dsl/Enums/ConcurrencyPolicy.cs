namespace Consort
{
    /// <summary>What a CronJob does when a run is due while the previous one is still running.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum ConcurrencyPolicy
#else
    public enum ConcurrencyPolicy
#endif
    {
        /// <summary>Start the new run anyway (the API server's default).</summary>
        Allow = 0,

        /// <summary>Skip the new run.</summary>
        Forbid = 1,

        /// <summary>Stop the running one and start the new run.</summary>
        Replace = 2,
    }
}
