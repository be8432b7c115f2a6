namespace Consort
{
    /// <summary>What a hostPath volume's path must be on the node (<c>hostPath.type</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum HostPathType
#else
    public enum HostPathType
#endif
    {
        /// <summary>A directory, created when missing.</summary>
        DirectoryOrCreate = 0,

        /// <summary>An existing directory.</summary>
        Directory = 1,

        /// <summary>A file, created when missing.</summary>
        FileOrCreate = 2,

        /// <summary>An existing file.</summary>
        File = 3,

        /// <summary>An existing UNIX socket.</summary>
        Socket = 4,

        /// <summary>An existing character device.</summary>
        CharDevice = 5,

        /// <summary>An existing block device.</summary>
        BlockDevice = 6,
    }
}
