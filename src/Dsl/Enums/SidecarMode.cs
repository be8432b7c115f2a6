namespace Consort
{
    /// <summary>How a sidecar is placed in the pod spec.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum SidecarMode
#else
    public enum SidecarMode
#endif
    {
        /// <summary>
        /// Native from Kubernetes 1.29 (an <c>initContainers</c> entry with <c>restartPolicy: Always</c>),
        /// classic below it. This is the default.
        /// </summary>
        Auto = 0,

        /// <summary>Always a native sidecar; requires Kubernetes 1.28 or later.</summary>
        Native = 1,

        /// <summary>Always a classic sidecar: an ordinary entry in <c>containers</c>.</summary>
        Classic = 2,
    }
}
