namespace Consort
{
    /// <summary>Pod fields that the downward API can expose as environment variables.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum PodField
#else
    public enum PodField
#endif
    {
        /// <summary><c>metadata.name</c>.</summary>
        Name = 0,

        /// <summary><c>metadata.namespace</c>.</summary>
        Namespace = 1,

        /// <summary><c>metadata.uid</c>.</summary>
        Uid = 2,

        /// <summary><c>spec.nodeName</c>.</summary>
        NodeName = 3,

        /// <summary><c>spec.serviceAccountName</c>.</summary>
        ServiceAccountName = 4,

        /// <summary><c>status.hostIP</c>.</summary>
        HostIP = 5,

        /// <summary><c>status.hostIPs</c>.</summary>
        HostIPs = 6,

        /// <summary><c>status.podIP</c>.</summary>
        PodIP = 7,

        /// <summary><c>status.podIPs</c>.</summary>
        PodIPs = 8,
    }
}
