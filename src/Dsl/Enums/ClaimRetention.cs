namespace Consort
{
    /// <summary>What happens to a StatefulSet's claims (from its claim templates) when it is deleted or scaled down (<c>persistentVolumeClaimRetentionPolicy</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum ClaimRetention
#else
    public enum ClaimRetention
#endif
    {
        /// <summary>The claims stay, with their data (the API server's default).</summary>
        Retain = 0,

        /// <summary>The claims are deleted, and with them, depending on the storage class, the data.</summary>
        Delete = 1,
    }
}
