using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A volume with a file or directory of the node's file system, for node agents. Many clusters forbid it (the
    /// baseline Pod Security Standard does).
    /// </summary>
    /// <example><c>[HostPathVolume("/proc", Type = HostPathType.Directory)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class HostPathVolumeAttribute : VolumeAttribute
    {
        /// <summary>Declares the volume.</summary>
        /// <param name="path">The absolute path on the node.</param>
        public HostPathVolumeAttribute(string path) => Path = path;

        /// <summary>The absolute path on the node.</summary>
        public string Path { get; }

        /// <summary>What the path must be; when not set, it is not checked.</summary>
        public HostPathType Type { get; set; }
    }
}
