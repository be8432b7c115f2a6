namespace Consort
{
    /// <summary>Which of a container's probes a probe attribute defines.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum ProbeKind
#else
    public enum ProbeKind
#endif
    {
        /// <summary><c>livenessProbe</c>: the kubelet restarts the container when it fails.</summary>
        Liveness = 0,

        /// <summary><c>readinessProbe</c>: the pod receives traffic only while it succeeds.</summary>
        Readiness = 1,

        /// <summary><c>startupProbe</c>: the other probes wait until it has succeeded once.</summary>
        Startup = 2,
    }
}
