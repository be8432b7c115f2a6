namespace Consort
{
    /// <summary>How a Deployment replaces its pods (<c>spec.strategy.type</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum DeploymentStrategy
#else
    public enum DeploymentStrategy
#endif
    {
        /// <summary>A few pods at a time, bounded by <c>MaxSurge</c> and <c>MaxUnavailable</c> (the API server's default).</summary>
        RollingUpdate = 0,

        /// <summary>All old pods stop before new ones start.</summary>
        Recreate = 1,
    }
}
