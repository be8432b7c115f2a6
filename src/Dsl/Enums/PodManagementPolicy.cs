namespace Consort
{
    /// <summary>How a StatefulSet starts and stops its pods (<c>spec.podManagementPolicy</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum PodManagementPolicy
#else
    public enum PodManagementPolicy
#endif
    {
        /// <summary>One at a time, in order, each ready before the next (the API server's default).</summary>
        OrderedReady = 0,

        /// <summary>All at once.</summary>
        Parallel = 1,
    }
}
