namespace Consort
{
    /// <summary>A Pod Security Standards level, as a namespace's <c>pod-security.kubernetes.io/enforce</c> label names it.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum PodSecurityLevel
#else
    public enum PodSecurityLevel
#endif
    {
        /// <summary>No checks: for node agents and other workloads that need the host.</summary>
        Privileged = 0,

        /// <summary>The baseline checks: no host namespaces, privileged containers, added capabilities, host paths or host ports.</summary>
        Baseline = 1,

        /// <summary>The baseline checks and the restricted ones: non-root, no privilege escalation, all capabilities dropped, a seccomp profile.</summary>
        Restricted = 2,
    }
}
