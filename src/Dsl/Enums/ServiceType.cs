namespace Consort
{
    /// <summary>How a <c>[Service]</c> is reached.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum ServiceType
#else
    public enum ServiceType
#endif
    {
        /// <summary>A virtual IP inside the cluster (the API server's default).</summary>
        ClusterIP = 0,

        /// <summary>The cluster IP, and a port on every node (<c>NodePort</c>, 30000–32767 by default).</summary>
        NodePort = 1,

        /// <summary>The node ports, and an external load balancer that the cloud provider creates.</summary>
        LoadBalancer = 2,

        /// <summary>No virtual IP (<c>clusterIP: None</c>): DNS returns the pods' own addresses, as a StatefulSet's governing Service needs.</summary>
        Headless = 3,
    }
}
