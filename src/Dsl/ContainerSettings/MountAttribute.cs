using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Mounts one of the workload's volumes into the container (an entry in <c>volumeMounts</c>).</summary>
    /// <example><c>[Mount(typeof(AppLogs), "/var/log/app")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class MountAttribute : Attribute
    {
        /// <summary>Mounts <paramref name="volume"/> at <paramref name="mountPath"/>.</summary>
        /// <param name="volume">A nested volume class of the same workload, as <c>typeof(TheVolume)</c>.</param>
        /// <param name="mountPath">The absolute path inside the container.</param>
        public MountAttribute(Type volume, string mountPath)
        {
            Volume = volume;
            MountPath = mountPath;
        }

        /// <summary>The volume class.</summary>
        public Type Volume { get; }

        /// <summary>The absolute path inside the container.</summary>
        public string MountPath { get; }

        /// <summary>Whether the mount is read-only.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>
        /// A relative path inside the volume to mount instead of its root. A ConfigMap or Secret mounted with a
        /// sub-path never receives updates.
        /// </summary>
        public string? SubPath { get; set; }

        /// <summary>Whether mounts made later under the path propagate between the host and the container (default none).</summary>
        public MountPropagation MountPropagation { get; set; }
    }
}
