namespace Consort
{
    /// <summary>The protocol of a container port.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
    public enum Protocol
    {
        /// <summary>TCP (the API server's default).</summary>
        Tcp = 0,

        /// <summary>UDP.</summary>
        Udp = 1,

        /// <summary>SCTP.</summary>
        Sctp = 2,
    }
}
