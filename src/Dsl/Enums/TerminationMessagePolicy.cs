namespace Consort
{
    /// <summary>Where the container's termination message comes from (<c>terminationMessagePolicy</c>).</summary>
    /// <remarks>Numeric values are frozen: the generator reads them as integers.</remarks>
#if CONSORT_GENERATOR
    internal enum TerminationMessagePolicy
#else
    public enum TerminationMessagePolicy
#endif
    {
        /// <summary>The termination message file only (the API server's default).</summary>
        File = 0,

        /// <summary>The file, or the end of the log when the file is empty and the container failed.</summary>
        FallbackToLogsOnError = 1,
    }
}
