namespace Consort
{
    /// <summary>The storage medium of an <see cref="EmptyDirVolumeAttribute"/>.</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum EmptyDirMedium
#else
    public enum EmptyDirMedium
#endif
    {
        /// <summary>The node's default storage (disk); the API server's default.</summary>
        Default = 0,

        /// <summary>A tmpfs (RAM-backed) file system; its size counts against the container's memory limit.</summary>
        Memory = 1,
    }
}
