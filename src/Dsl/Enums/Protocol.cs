namespace Consort
{
    /// <summary>The protocol of a container port.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum Protocol
#else
    public enum Protocol
#endif
    {
        /// <summary>TCP (the API server's default).</summary>
        Tcp = 0,

        /// <summary>UDP.</summary>
        Udp = 1,

        /// <summary>SCTP.</summary>
        Sctp = 2,
    }
}
