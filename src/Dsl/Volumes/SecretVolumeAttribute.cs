using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A volume with the keys of a Secret as files.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class SecretVolumeAttribute : VolumeAttribute
    {
        /// <summary>Declares the volume.</summary>
        /// <param name="secretName">The name of the Secret, in the workload's namespace.</param>
        public SecretVolumeAttribute(string secretName) => SecretName = secretName;

        /// <summary>The name of the Secret.</summary>
        public string SecretName { get; }

        /// <summary>Whether the pod may start when the Secret does not exist.</summary>
        public bool Optional { get; set; }

        /// <summary>The mode of the files, octal as written (<c>"0644"</c>, at most <c>"0777"</c>); the API server's default is <c>0644</c>.</summary>
        public string? DefaultMode { get; set; }
    }
}
