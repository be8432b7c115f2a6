namespace Consort
{
    /// <summary>How the pod resolves names (<c>dnsPolicy</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum DnsPolicy
#else
    public enum DnsPolicy
#endif
    {
        /// <summary>The cluster's DNS first, then the node's upstream servers (the API server's default).</summary>
        ClusterFirst = 0,

        /// <summary>The cluster's DNS for a pod on the host's network (with <c>HostNetwork</c>, <c>ClusterFirst</c> falls back to <c>Default</c>).</summary>
        ClusterFirstWithHostNet = 1,

        /// <summary>The node's own resolver configuration.</summary>
        Default = 2,

        /// <summary>No DNS settings: give them with a patch of <c>dnsConfig</c>.</summary>
        None = 3,
    }
}
