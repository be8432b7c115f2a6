namespace Consort
{
    /// <summary>The preset sidecars that Consort knows how to build and wire.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum SidecarKind
#else
    public enum SidecarKind
#endif
    {
        /// <summary>Ships the app's log files from a shared volume (Fluent Bit or Fluentd).</summary>
        Logging = 0,

        /// <summary>Reloads a process when its ConfigMap or Secret volume changes, without restarting the pod.</summary>
        ConfigReload = 1,

        /// <summary>Joins the pod to a service mesh (Istio or Linkerd).</summary>
        ServiceMesh = 2,
    }
}
