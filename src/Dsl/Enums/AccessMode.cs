namespace Consort
{
    /// <summary>How a persistent volume can be mounted (<c>accessModes</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum AccessMode
#else
    public enum AccessMode
#endif
    {
        /// <summary>Read-write by one node.</summary>
        ReadWriteOnce = 0,

        /// <summary>Read-only by many nodes.</summary>
        ReadOnlyMany = 1,

        /// <summary>Read-write by many nodes.</summary>
        ReadWriteMany = 2,

        /// <summary>Read-write by one pod.</summary>
        ReadWriteOncePod = 3,
    }
}
