using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A volume with the keys of a ConfigMap as files. Mount it as a directory: a <c>SubPath</c> mount never
    /// receives updates.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ConfigMapVolumeAttribute : VolumeAttribute
    {
        /// <summary>Declares the volume.</summary>
        /// <param name="configMapName">The name of the ConfigMap, in the workload's namespace.</param>
        public ConfigMapVolumeAttribute(string configMapName) => ConfigMapName = configMapName;

        /// <summary>The name of the ConfigMap.</summary>
        public string ConfigMapName { get; }

        /// <summary>Whether the pod may start when the ConfigMap does not exist.</summary>
        public bool Optional { get; set; }

        /// <summary>The mode of the files, octal as written (<c>"0644"</c>, at most <c>"0777"</c>); the API server's default is <c>0644</c>.</summary>
        public string? DefaultMode { get; set; }
    }
}
