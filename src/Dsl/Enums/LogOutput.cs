namespace Consort
{
    /// <summary>Where a <see cref="SidecarKind.Logging"/> sidecar sends the records it reads.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum LogOutput
#else
    public enum LogOutput
#endif
    {
        /// <summary>The sidecar's own standard output, so that the node's log collector picks it up (the default).</summary>
        Stdout = 0,

        /// <summary>A Fluentd or Fluent Bit aggregator speaking the forward protocol.</summary>
        Forward = 1,

        /// <summary>Elasticsearch or OpenSearch.</summary>
        Elasticsearch = 2,

        /// <summary>Grafana Loki.</summary>
        Loki = 3,
    }
}
