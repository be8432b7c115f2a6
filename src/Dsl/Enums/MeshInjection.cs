namespace Consort
{
    /// <summary>How a <see cref="SidecarKind.ServiceMesh"/> sidecar gets into the pod.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum MeshInjection
#else
    public enum MeshInjection
#endif
    {
        /// <summary>Label and annotate the pod template so that the mesh's admission webhook injects the proxy (the default).</summary>
        Annotate = 0,

        /// <summary>Write the proxy and its init container into the manifest, for clusters without the injector (Istio only).</summary>
        Explicit = 1,
    }
}
