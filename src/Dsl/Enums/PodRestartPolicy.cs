namespace Consort
{
    /// <summary>The pod-level <c>restartPolicy</c>.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum PodRestartPolicy
#else
    public enum PodRestartPolicy
#endif
    {
        /// <summary>Restart every container whenever it exits (the API server's default).</summary>
        Always = 0,

        /// <summary>Restart a container only when it exits with a non-zero code.</summary>
        OnFailure = 1,

        /// <summary>Never restart containers.</summary>
        Never = 2,
    }
}
