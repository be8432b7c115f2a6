namespace Consort
{
    /// <summary>How a DaemonSet updates its pods (<c>spec.updateStrategy.type</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum DaemonSetUpdateStrategy
#else
    public enum DaemonSetUpdateStrategy
#endif
    {
        /// <summary>Node by node, bounded by <c>MaxUnavailable</c> (the API server's default).</summary>
        RollingUpdate = 0,

        /// <summary>Only when a pod is deleted by hand.</summary>
        OnDelete = 1,
    }
}
