namespace Consort
{
    /// <summary>The taint effect a toleration matches.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum TaintEffect
#else
    public enum TaintEffect
#endif
    {
        /// <summary>New pods are not scheduled onto the node.</summary>
        NoSchedule = 0,

        /// <summary>The scheduler avoids the node.</summary>
        PreferNoSchedule = 1,

        /// <summary>Running pods are evicted too (after <c>TolerationSeconds</c>, when set).</summary>
        NoExecute = 2,
    }
}
