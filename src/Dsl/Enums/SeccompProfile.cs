namespace Consort
{
    /// <summary>The seccomp profile of a pod or container (<c>seccompProfile.type</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum SeccompProfile
#else
    public enum SeccompProfile
#endif
    {
        /// <summary>The container runtime's default profile.</summary>
        RuntimeDefault = 0,

        /// <summary>No seccomp filtering.</summary>
        Unconfined = 1,

        /// <summary>A profile file on the node, named by <c>SeccompLocalhostProfile</c>.</summary>
        Localhost = 2,
    }
}
