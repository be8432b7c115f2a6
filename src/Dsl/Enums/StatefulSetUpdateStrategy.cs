namespace Consort
{
    /// <summary>How a StatefulSet updates its pods (<c>spec.updateStrategy.type</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum StatefulSetUpdateStrategy
#else
    public enum StatefulSetUpdateStrategy
#endif
    {
        /// <summary>One pod at a time, in reverse order (the API server's default).</summary>
        RollingUpdate = 0,

        /// <summary>Only when a pod is deleted by hand.</summary>
        OnDelete = 1,
    }
}
