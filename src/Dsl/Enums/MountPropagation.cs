namespace Consort
{
    /// <summary>Whether mounts propagate between the host and the container (<c>mountPropagation</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum MountPropagation
#else
    public enum MountPropagation
#endif
    {
        /// <summary>No propagation (the API server's default).</summary>
        None = 0,

        /// <summary>Mounts made on the host later appear in the container.</summary>
        HostToContainer = 1,

        /// <summary>Both ways; the container must be privileged.</summary>
        Bidirectional = 2,
    }
}
