namespace Consort
{
    /// <summary>When the kubelet changes the owner and permissions of a volume to the pod's <c>FsGroup</c> (<c>fsGroupChangePolicy</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum FsGroupChangePolicy
#else
    public enum FsGroupChangePolicy
#endif
    {
        /// <summary>On every mount (the API server's default): slow for a volume with many files.</summary>
        Always = 0,

        /// <summary>Only when the volume's root does not already have the expected owner and permissions.</summary>
        OnRootMismatch = 1,
    }
}
