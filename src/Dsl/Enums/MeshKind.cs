namespace Consort
{
    /// <summary>The service mesh that a <see cref="SidecarKind.ServiceMesh"/> sidecar joins.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum MeshKind
#else
    public enum MeshKind
#endif
    {
        /// <summary>Istio (the default).</summary>
        Istio = 0,

        /// <summary>Linkerd.</summary>
        Linkerd = 1,
    }
}
