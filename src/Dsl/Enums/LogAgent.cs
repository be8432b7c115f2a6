namespace Consort
{
    /// <summary>The log shipper that a <see cref="SidecarKind.Logging"/> sidecar runs.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum LogAgent
#else
    public enum LogAgent
#endif
    {
        /// <summary>Fluent Bit (the default).</summary>
        FluentBit = 0,

        /// <summary>Fluentd.</summary>
        Fluentd = 1,
    }
}
